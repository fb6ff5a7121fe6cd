import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { addInstruction } from '../dockerfile/edits/add-instruction.ts';
import { editInstruction } from '../dockerfile/edits/edit-instruction.ts';
import { moveInstruction } from '../dockerfile/edits/move-instruction.ts';
import { removeInstruction } from '../dockerfile/edits/remove-instruction.ts';
import { focusInStage } from './focus-stage-node.ts';
import type { CanvasCommand, IntentOutcome } from './use-canvas-intent.ts';

/** Props of {@link InstructionList}. */
export interface InstructionListProps {
  readonly stage: number;
  /** Each instruction after FROM, as written. */
  readonly instructions: readonly string[];
  readonly keywords: readonly string[];
  readonly run: (command: CanvasCommand) => IntentOutcome;
  /** Shows a refusal in the expanded view (or clears it with `null`). */
  readonly onRefusal: (reason: string | null) => void;
}

const DRAG_TYPE = 'application/x-stagewright-instruction';

/** Focuses instruction `index` of `stage` (or, past the last one, the add field) once drawn. */
function focusInstruction(stage: number, index: number): void {
  focusInStage(stage, `[data-instruction-index="${index}"] .instruction-row__text, .instruction-list__items:not(:has([data-instruction-index="${index}"])) ~ .instruction-list__add`);
}

/**
 * A stage's instructions in its expanded view. Each one is edited in place (Enter commits,
 * Escape restores), removed with ×, and reordered by dragging its grip or with Alt+↑/↓;
 * the last field adds one. Continuation lines and heredoc bodies are part of an
 * instruction's text, so they move with it.
 */
export function InstructionList({ stage, instructions, keywords, run, onRefusal }: InstructionListProps) {
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [draft, setDraft] = useState('');

  const apply = (command: CanvasCommand): boolean => {
    const outcome = run(command);
    onRefusal(outcome.ok ? null : outcome.reason);
    return outcome.ok;
  };
  const move = (from: number, to: number) => {
    if (to < 0 || to >= instructions.length || from === to) return;
    if (apply((analysis) => moveInstruction(analysis, { stage, from, to }))) focusInstruction(stage, to);
  };

  const onTextKeyDown = (index: number, original: string) => (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation();
    const field = event.currentTarget;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(index, index + (event.key === 'ArrowUp' ? -1 : 1));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      field.value = original;
      onRefusal(null);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      // Shift+Enter breaks the line (for continuations and heredocs); Enter commits.
      event.preventDefault();
      if (field.value === original) return;
      const text = field.value;
      if (apply((analysis) => editInstruction(analysis, { stage, instruction: index, text }))) focusInstruction(stage, index);
    }
  };

  const onDrop = (index: number) => (event: DragEvent<HTMLLIElement>) => {
    event.preventDefault();
    const from = Number(event.dataTransfer.getData(DRAG_TYPE));
    setDragging(null);
    setOver(null);
    if (Number.isInteger(from)) move(from, index);
  };

  const onAddKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      setDraft('');
      onRefusal(null);
      return;
    }
    if (event.key !== 'Enter' || draft.trim() === '') return;
    event.preventDefault();
    const text = draft.trim();
    if (apply((analysis) => addInstruction(analysis, { stage, text }))) setDraft('');
  };

  return (
    <div className="instruction-list nodrag nokey nowheel">
      <ol className="instruction-list__items" aria-label="Instructions">
        {instructions.map((text, index) => {
          const keyword = keywords[index] ?? '';
          const classes = ['instruction-row'];
          if (dragging === index) classes.push('is-dragging');
          if (over === index && dragging !== index) classes.push(dragging !== null && dragging < index ? 'is-drop-after' : 'is-drop-before');
          return (
            <li
              // The text is part of the key: an edit elsewhere (undo, the editor) resets the field.
              key={`${index}:${text}`}
              className={classes.join(' ')}
              data-instruction-index={index}
              onDragOver={(event) => {
                if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                setOver(index);
              }}
              onDragLeave={() => setOver((current) => (current === index ? null : current))}
              onDrop={onDrop(index)}
            >
              <span
                className="instruction-row__grip"
                draggable
                title="Drag to reorder (or Alt+↑/↓ in the field)"
                aria-hidden="true"
                onDragStart={(event) => {
                  event.dataTransfer.setData(DRAG_TYPE, String(index));
                  event.dataTransfer.effectAllowed = 'move';
                  setDragging(index);
                }}
                onDragEnd={() => {
                  setDragging(null);
                  setOver(null);
                }}
              >
                ⠿
              </span>
              <textarea
                className="instruction-row__text"
                aria-label={`Instruction ${index + 1}: ${keyword}`}
                aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                defaultValue={text}
                rows={Math.min(6, text.split('\n').length)}
                spellCheck={false}
                wrap="off"
                onKeyDown={onTextKeyDown(index, text)}
              />
              <button
                type="button"
                className="stage-node__icon-button"
                aria-label={`Remove instruction ${index + 1}: ${keyword}`}
                onClick={() => {
                  if (apply((analysis) => removeInstruction(analysis, { stage, instruction: index }))) focusInstruction(stage, index);
                }}
              >
                ×
              </button>
            </li>
          );
        })}
      </ol>
      <input
        className="instruction-list__add"
        aria-label="Add instruction"
        placeholder="Add instruction, e.g. RUN make"
        value={draft}
        spellCheck={false}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onAddKeyDown}
      />
    </div>
  );
}
