// The text a PDF page shows, read back with pdf-lib (the tests' PDF reader): the page's content
// streams inflated and their Tj strings decoded through their font, in drawing order, one string
// a line. A standard font (Helvetica) is read as WinAnsi; an embedded font through its ToUnicode
// map (Type0, two bytes a glyph, as pdf-lib writes @pdf-lib/fontkit fonts; one byte otherwise). Also counts a page's
// pictures (image XObjects).
import { PDFArray, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';

// WinAnsi (Windows-1252) bytes as text; by hand, as Node's TextDecoder reads 0x80-0x9F as Latin-1.
const CP1252 = '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';
const winAnsi = (bytes) => Array.from(bytes, (b) => (b >= 0x80 && b < 0xa0 ? CP1252[b - 0x80] : String.fromCharCode(b))).join('');

const streamText = (s) => Buffer.from(decodePDFRawStream(s).decode()).toString('latin1');
const utf16 = (hex) => {
  const units = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
};

// A ToUnicode CMap's glyph -> text map (bfchar and bfrange entries).
function toUnicode(cmap) {
  const map = new Map();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(m[1], 16), utf16(m[2]));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const lo = parseInt(m[1], 16), hi = parseInt(m[2], 16), first = parseInt(m[3], 16);
      for (let g = lo; g <= hi; g++) map.set(g, String.fromCodePoint(first + g - lo));
    }
  }
  return map;
}

// name -> decode(hex) for the page's fonts.
function fontDecoders(page) {
  const out = {};
  const fonts = page.node.Resources().lookup(PDFName.of('Font'));
  if (!fonts) return out;
  for (const key of fonts.keys()) {
    const font = fonts.lookup(key);
    const cmap = font.lookup(PDFName.of('ToUnicode'));
    if (cmap instanceof PDFRawStream) {
      // Type0: two bytes a glyph; a simple font (Chromium's print writes these) one byte.
      const digits = String(font.get(PDFName.of('Subtype'))) === '/Type0' ? 4 : 2;
      const map = toUnicode(streamText(cmap));
      out[key.decodeText()] = (hex) => {
        let s = '';
        for (let i = 0; i + digits <= hex.length; i += digits) s += map.get(parseInt(hex.slice(i, i + digits), 16)) ?? '\ufffd';
        return s;
      };
    } else {
      out[key.decodeText()] = (hex) => winAnsi(Buffer.from(hex, 'hex'));
    }
  }
  return out;
}

export function pageText(doc, index) {
  const page = doc.getPage(index);
  const decoders = fontDecoders(page);
  const contents = page.node.lookup(PDFName.of('Contents'));
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  let ops = '';
  for (const s of streams) ops += streamText(s) + '\n';
  const strings = [];
  let decode = (hex) => winAnsi(Buffer.from(hex, 'hex'));
  for (const m of ops.matchAll(/\/([^\s/]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\(((?:\\.|[^\\)])*)\)\s*Tj/g)) {
    if (m[1] !== undefined) decode = decoders[m[1]] || decode;
    else strings.push(m[2] !== undefined ? decode(m[2]) : m[3]);
  }
  return strings.join('\n');
}

export function allText(doc) {
  const pages = [];
  for (let i = 0; i < doc.getPageCount(); i++) pages.push(pageText(doc, i));
  return pages.join('\n');
}

export function imageCount(doc, index) {
  const xobjects = doc.getPage(index).node.Resources().lookup(PDFName.of('XObject'));
  if (!xobjects) return 0;
  return xobjects.keys().filter((k) => String(xobjects.lookup(k).dict.get(PDFName.of('Subtype'))) === '/Image').length;
}
