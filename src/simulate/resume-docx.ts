// Writes a resume as a real DOCX (Office Open XML via jszip) with core.xml/app.xml metadata and fixed zip dates.
import JSZip from 'jszip';
import { resumeLines, type ResumeDoc } from './resume-text.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const w3c = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export async function resumeDocx(doc: ResumeDoc): Promise<Uint8Array> {
  const m = doc.meta;
  const date = new Date(m.modified);
  const zip = new JSZip();
  const add = (name: string, body: string) => zip.file(name, body, { date, createFolders: false });
  add('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>');
  add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const paras = resumeLines(doc).map((line, i) => {
    const heading = i === 0 || ['PROFILE', 'Summary', 'Experience', 'WORK HISTORY', 'Education', 'Skills'].includes(line);
    return `<w:p><w:r>${heading ? `<w:rPr><w:b/><w:sz w:val="${i === 0 ? 36 : 24}"/></w:rPr>` : ''}<w:t xml:space="preserve">${esc(line)}</w:t></w:r></w:p>`;
  }).join('');
  add('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paras}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`);
  add('docProps/core.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(m.title)}</dc:title><dc:creator>${esc(m.author)}</dc:creator><cp:lastModifiedBy>${esc(m.lastModifiedBy)}</cp:lastModifiedBy><cp:revision>${m.revision}</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${w3c(m.created)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${w3c(m.modified)}</dcterms:modified></cp:coreProperties>`);
  const words = resumeLines(doc).join(' ').split(/\s+/).length;
  add('docProps/app.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>${esc(m.template)}</Template><TotalTime>${m.totalTimeMin}</TotalTime><Pages>1</Pages><Words>${words}</Words><Application>${esc(m.application)}</Application><DocSecurity>0</DocSecurity><Lines>${resumeLines(doc).length}</Lines><Paragraphs>${resumeLines(doc).length}</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
