/**
 * A strict reader of RFC 4180 CSV, written from the RFC's grammar rather than from the writer, so that a test can
 * read back what `toCsv` writes: records end in CRLF; a field is either free of commas, quotes, CR and LF, or is
 * quoted, with quotes doubled inside. Anything else (a bare LF, a quote inside an unquoted field, text after a
 * closing quote, a quote left open, records of unequal length) throws, naming the offset.
 */
export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  while (at < text.length) {
    let value = '';
    if (text[at] === '"') {
      at += 1;
      for (;;) {
        const close = text.indexOf('"', at);
        if (close < 0) throw new Error(`quote opened at ${at - 1} is never closed`);
        value += text.slice(at, close);
        at = close + 1;
        if (text[at] !== '"') break;
        value += '"';
        at += 1;
      }
    } else {
      const end = at + (/^[^,"\r\n]*/.exec(text.slice(at))?.[0].length ?? 0);
      value = text.slice(at, end);
      at = end;
    }
    record.push(value);
    if (text[at] === ',') {
      at += 1;
      if (at === text.length) records.push([...record, '']);
    } else if (text.startsWith('\r\n', at)) {
      at += 2;
      records.push(record);
      record = [];
    } else if (at < text.length) {
      throw new Error(`expected a comma or CRLF at offset ${at}, found ${JSON.stringify(text.slice(at, at + 10))}`);
    } else {
      records.push(record);
    }
  }
  const width = records[0]?.length;
  const uneven = records.findIndex((r) => r.length !== width);
  if (uneven >= 0) throw new Error(`record ${uneven} has ${records[uneven]!.length} fields, the first has ${width}`);
  return records;
}
