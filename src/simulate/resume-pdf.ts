// Writes a resume as a real PDF (pdf-lib) with its Info dictionary set from the simulated metadata; no random ids.
import { PDFDocument, PDFHexString, StandardFonts } from 'pdf-lib';
import { resumeLines, type ResumeDoc } from './resume-text.js';

/** Helvetica (WinAnsi) cannot draw ł, ś…: fold to ASCII for the page text only. */
const winAnsi = (s: string): string => s.replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/–/g, '-').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '?');

function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if ((line + ' ' + word).trim().length > max) { out.push(line); line = word; } else line = `${line} ${word}`.trim();
  }
  if (line) out.push(line);
  return out;
}

export async function resumePdf(doc: ResumeDoc): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(doc.layout === 1 ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await pdf.embedFont(doc.layout === 1 ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  let page = pdf.addPage([595.28, 841.89]);
  let y = 800;
  const lines = resumeLines(doc);
  lines.forEach((raw, i) => {
    const heading = i === 0 || ['PROFILE', 'Summary', 'Experience', 'WORK HISTORY', 'Education', 'Skills'].includes(raw);
    for (const text of wrap(winAnsi(raw), 92)) {
      if (y < 50) { page = pdf.addPage([595.28, 841.89]); y = 800; }
      page.drawText(text, { x: 50, y, size: i === 0 ? 18 : heading ? 12 : 10, font: heading ? bold : font });
      y -= i === 0 ? 24 : 14;
    }
  });
  const m = doc.meta;
  pdf.setTitle(m.title);
  if (m.author) pdf.setAuthor(m.author);
  pdf.setCreator(m.creator);
  pdf.setProducer(m.producer);
  pdf.setCreationDate(new Date(m.created));
  pdf.setModificationDate(new Date(m.modified));
  // A fixed /ID derived from the document keeps bytes identical between runs (readers expect one).
  const id = PDFHexString.of(Buffer.from(`${doc.file}|${m.created}`).toString('hex').padEnd(32, '0').slice(0, 32));
  pdf.context.trailerInfo.ID = pdf.context.obj([id, id]);
  return pdf.save({ useObjectStreams: false });
}
