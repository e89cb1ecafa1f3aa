// Builds real PDF (pdf-lib) and DOCX (OOXML parts in a zip) resumes with known metadata, for tests and benchmarks.
import JSZip from 'jszip';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';

export interface FixtureMeta {
  title?: string;
  author?: string;
  lastModifiedBy?: string;
  creator?: string;
  producer?: string;
  created?: Date;
  modified?: Date;
  revision?: number;
  totalTime?: number;
  template?: string;
  application?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A one-or-more page PDF with Info + XMP metadata; `appendUpdates` adds incremental-update sections. */
export async function buildPdf(lines: string[], meta: FixtureMeta = {}, appendUpdates = 0): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (meta.title) doc.setTitle(meta.title);
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.creator) doc.setCreator(meta.creator);
  if (meta.producer) doc.setProducer(meta.producer);
  if (meta.created) doc.setCreationDate(meta.created);
  if (meta.modified) doc.setModificationDate(meta.modified);
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`
    + `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" xmlns:stEvt="http://ns.adobe.com/xap/1.0/sType/ResourceEvent#">`
    + `<xmp:CreatorTool>${esc(meta.creator ?? '')}</xmp:CreatorTool><xmpMM:DocumentID>uuid:${esc(meta.title ?? 'doc')}-${meta.created?.getTime() ?? 0}</xmpMM:DocumentID>`
    + `<xmpMM:History><rdf:Seq>${'<rdf:li rdf:parseType="Resource"><stEvt:action>saved</stEvt:action></rdf:li>'.repeat(meta.revision ?? 0)}</rdf:Seq></xmpMM:History>`
    + `</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const perPage = 50;
  for (let p = 0; p * perPage < Math.max(1, lines.length); p++) {
    const page = doc.addPage([612, 792]);
    lines.slice(p * perPage, (p + 1) * perPage).forEach((l, i) => {
      // Helvetica's WinAnsi encoding cannot draw every glyph; replace what it cannot.
      const safe = l.replace(/[^\x20-\x7e•–—]/g, '?');
      page.drawText(safe, { x: 40, y: 750 - i * 14, size: 10, font });
    });
  }
  let bytes = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  for (let u = 0; u < appendUpdates; u++) {
    // A minimal incremental update: a new Info object, xref section and trailer appended after %%EOF.
    const text = Buffer.from(bytes).toString('latin1');
    const prevXref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? 0);
    const size = Number([...text.matchAll(/\/Size (\d+)/g)].pop()?.[1] ?? 1);
    if (!text.endsWith('\n')) bytes = Buffer.concat([Buffer.from(bytes), Buffer.from('\n')]);
    const rootRef = /\/Root (\d+ \d+ R)/.exec(text)?.[1] ?? '1 0 R';
    const infoRef = /\/Info (\d+ \d+ R)/.exec(text)?.[1];
    const objOffset = bytes.length;
    const obj = `${size} 0 obj\n<< /Type /Annot /Subtype /Text /Contents (edit ${u + 1}) >>\nendobj\n`;
    const xrefOffset = objOffset + obj.length;
    const xref = `xref\n${size} 1\n${String(objOffset).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size + 1} /Root ${rootRef}${infoRef ? ` /Info ${infoRef}` : ''} /Prev ${prevXref} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
    bytes = Buffer.concat([Buffer.from(bytes), Buffer.from(obj + xref, 'latin1')]);
  }
  return bytes;
}

/** A DOCX with the real OOXML parts: content types, relationships, document, core and app properties. */
export async function buildDocx(paragraphs: string[], meta: FixtureMeta = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    + '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`);
  const dt = (d?: Date) => (d ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : '');
  zip.file('docProps/core.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${esc(meta.title ?? '')}</dc:title><dc:creator>${esc(meta.author ?? '')}</dc:creator><cp:lastModifiedBy>${esc(meta.lastModifiedBy ?? '')}</cp:lastModifiedBy>`
    + `<cp:revision>${meta.revision ?? 1}</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${dt(meta.created)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${dt(meta.modified)}</dcterms:modified></cp:coreProperties>`);
  zip.file('docProps/app.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    + `<Template>${esc(meta.template ?? 'Normal.dotm')}</Template><TotalTime>${meta.totalTime ?? 0}</TotalTime><Pages>1</Pages><Application>${esc(meta.application ?? 'Microsoft Office Word')}</Application><AppVersion>16.0000</AppVersion></Properties>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
