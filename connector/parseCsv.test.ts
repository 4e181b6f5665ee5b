import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, empty fields, CRLF or LF', () => {
    const text = '"Id","Name","Note"\r\n"1","Bright & ""Shiny"" Co","a, b"\r\n"2","","line\nbreak"\n3,plain,\n';
    expect(parseCsv(text)).toEqual([
      { Id: '1', Name: 'Bright & "Shiny" Co', Note: 'a, b' },
      { Id: '2', Name: '', Note: 'line\nbreak' },
      { Id: '3', Name: 'plain', Note: '' },
    ]);
    expect(parseCsv('"Id"\n')).toEqual([]);
    expect(parseCsv('')).toEqual([]);
  });
});
