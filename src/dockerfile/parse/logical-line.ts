import type { Range } from '../ast.ts';

/**
 * BuildKit's logical line: the physical lines of one instruction joined after their
 * continuation characters are cut and comment lines dropped. The line parsers work on
 * this string, exactly as BuildKit's do, and every position they report is mapped back
 * to the source through the segments.
 */
const SINGLE: number[] = [0];

export class LogicalLine {
  /** The joined text. */
  readonly text: string;
  /** Source ranges of the pieces, in order. */
  readonly segments: readonly Range[];
  private readonly starts: number[];

  constructor(source: string, segments: readonly Range[]) {
    this.segments = segments;
    this.starts = segments.length === 1 ? SINGLE : [];
    if (segments.length > 1) {
      let logical = 0;
      for (const segment of segments) {
        this.starts.push(logical);
        logical += segment.to - segment.from;
      }
    }
    this.text =
      segments.length === 1
        ? source.slice(segments[0]!.from, segments[0]!.to)
        : segments.map((s) => source.slice(s.from, s.to)).join('');
  }

  /** The joined line of pieces given as flat `from, to` pairs, as the parser keeps them. */
  static fromPieces(source: string, pieces: readonly number[]): LogicalLine {
    const segments: Range[] = [];
    for (let i = 0; i < pieces.length; i += 2) segments.push({ from: pieces[i]!, to: pieces[i + 1]! });
    return new LogicalLine(source, segments);
  }

  /** The source offset of the character at logical offset `at`. */
  sourceFrom(at: number): number {
    const segments = this.segments;
    if (segments.length === 1) return segments[0]!.from + at;
    for (let i = segments.length - 1; i >= 0; i--) {
      if (at >= this.starts[i]! && (at < this.starts[i]! + segments[i]!.to - segments[i]!.from || i === segments.length - 1)) {
        return segments[i]!.from + at - this.starts[i]!;
      }
    }
    return segments[0]!.from + at;
  }

  /** The source offset just after the character before logical offset `at`. */
  sourceTo(at: number): number {
    if (at <= 0) return this.segments[0]!.from;
    return this.sourceFrom(at - 1) + 1;
  }

  /** Maps a logical range to a source range. Empty ranges map to a point. */
  sourceRange(from: number, to: number): Range {
    const start = this.sourceFrom(from);
    return { from: start, to: to > from ? this.sourceTo(to) : start };
  }
}
