import { csvRecords } from './csvRecords';

const records = (text: string) => [...csvRecords(text)];
const refusal = (text: string) => {
  try {
    records(text);
  } catch (error) {
    return error;
  }
  return null;
};

describe('csvRecords', () => {
  test('quoted fields keep commas, doubled quotes and line breaks', () => {
    expect(records('a,b\n1,"x,y"\n2,"say ""hi"""\n3,"two\nlines"\n')).toEqual([
      ['a', 'b'],
      ['1', 'x,y'],
      ['2', 'say "hi"'],
      ['3', 'two\nlines'],
    ]);
  });

  test('records end at CRLF, LF or CR; empty lines are skipped', () => {
    expect(records('a,b\r\n1,2\r\n\r\n3,4\n\n5,6\r7,')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
      ['7', ''],
    ]);
  });

  test('records keep their own number of fields and their spaces', () => {
    expect(records(' a , b \n1,2,3\n4\n,\n')).toEqual([
      [' a ', ' b '],
      ['1', '2', '3'],
      ['4'],
      ['', ''],
    ]);
  });

  test.each([
    ['an unclosed quote', 'a,b\n1,2\n3,"open\n'],
    ['text after a closing quote', 'a,b\n1,2\n3,"x"y\n'],
    ['a quote inside an unquoted field', 'a,b\n1,2\n3,x"y\n'],
  ])('%s is invalid_csv with its line', (_, text) => {
    expect(refusal(text)).toMatchObject({
      code: 'invalid_csv',
      details: { line: 3 },
    });
  });

  test('gives the records before a broken one as it reads', () => {
    const read = csvRecords('a\n1\n"2');
    expect(read.next().value).toEqual(['a']);
    expect(read.next().value).toEqual(['1']);
    expect(() => read.next()).toThrow();
  });
});
