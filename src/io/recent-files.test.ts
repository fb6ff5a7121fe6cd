import { describe, expect, it } from 'vitest';
import { addRecentFile, parseRecentFiles, serializeRecentFiles, type RecentFile } from './recent-files.ts';

const file = (name: string, text = `FROM ${name}\n`, openedAt = 1): RecentFile => ({ name, text, openedAt });

describe('recent files', () => {
  it('six files opened: the newest five, newest first', () => {
    let list: RecentFile[] = [];
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) list = addRecentFile(list, file(name));
    expect(list.map((f) => f.name)).toEqual(['f', 'e', 'd', 'c', 'b']);
  });

  it('reopening the same file moves it up instead of listing it twice', () => {
    const list = addRecentFile([file('b'), file('a')], file('a', 'FROM a\n', 9));
    expect(list).toEqual([file('a', 'FROM a\n', 9), file('b')]);
  });

  it('the same name with other text is another entry', () => {
    expect(addRecentFile([file('Dockerfile', 'FROM a\n')], file('Dockerfile', 'FROM b\n')).length).toBe(2);
  });

  it('the stored list round-trips; malformed entries are dropped', () => {
    const list = [file('x'), file('y')];
    expect(parseRecentFiles(serializeRecentFiles(list))).toEqual(list);
    expect(parseRecentFiles(JSON.stringify([{ name: 'x' }, file('z'), 5]))).toEqual([file('z')]);
    expect(parseRecentFiles('nope')).toEqual([]);
    expect(parseRecentFiles(null)).toEqual([]);
  });
});
