import PDFDocument from 'pdfkit';
import { CONFIDENCE_LABELS, EVOLUTION_LABELS, THREAT_LABELS, type ConfidenceLevel, type EvolutionType, type ThreatLevel } from '../domain/labels.js';
import type { TrustReportDocument } from '../domain/trust-report.js';
import { frenchNumber, pdfSafe } from './pdf-text.js';

const MARGIN = 50;
const INK = '#1f2933';
const MUTED = '#616e7c';
const ACCENT = '#c2410c';
const TRACK = '#e4e7eb';
const THREAT_COLOURS: Readonly<Record<string, string>> = {
  tres_faible: '#15803d',
  faible: '#65a30d',
  modere: '#ca8a04',
  eleve: '#ea580c',
  critique: '#b91c1c',
};

type Doc = PDFKit.PDFDocument;

/** Renders the Trust by Design report as an A4 PDF: score, factors, tasks, recommendations, plan, method, sources. */
export function renderTrustReportPdf(report: TrustReportDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: pdfSafe(`Rapport Trust by Design — ${report.occupation.title}`), Author: 'Phoenix · Aube', Subject: 'Résilience face à l’automatisation' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  header(doc, report);
  scoreBlock(doc, report);
  factorsSection(doc, report);
  tasksSection(doc, report);
  recommendationsSection(doc, report);
  planSection(doc, report);
  methodSection(doc, report);
  sourcesSection(doc, report);
  footers(doc, report);
  doc.end();
  return done;
}

function text(doc: Doc, value: string, options: PDFKit.Mixins.TextOptions = {}): Doc {
  return doc.text(pdfSafe(value), options);
}

function width(doc: Doc): number {
  return doc.page.width - 2 * MARGIN;
}

function heading(doc: Doc, title: string): void {
  if (doc.y > doc.page.height - 160) doc.addPage();
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor(ACCENT);
  text(doc, title, { width: width(doc) });
  const y = doc.y + 2;
  doc.moveTo(MARGIN, y).lineTo(MARGIN + width(doc), y).lineWidth(0.5).strokeColor(TRACK).stroke();
  doc.moveDown(0.5).font('Helvetica').fontSize(10).fillColor(INK);
}

function header(doc: Doc, report: TrustReportDocument): void {
  doc.rect(0, 0, doc.page.width, 70).fill('#fff7ed');
  doc.fillColor(ACCENT).font('Helvetica-Bold').fontSize(10);
  text(doc, 'PHOENIX · AUBE — RAPPORT TRUST BY DESIGN', { width: width(doc) }).moveDown(0.2);
  doc.fillColor(MUTED).font('Helvetica').fontSize(8);
  text(doc, `Établi le ${new Date(report.generatedAt).toLocaleDateString('fr-FR', { timeZone: 'UTC' })} · rapport ${report.reportId}`);
  doc.y = 90;
  doc.fillColor(INK).font('Helvetica-Bold').fontSize(18);
  text(doc, report.occupation.title, { width: width(doc) });
  doc.font('Helvetica').fontSize(10).fillColor(MUTED);
  text(doc, `Fiche ROME ${report.occupation.code}`);
  if (report.profile) {
    const { yearsOfExperience, values, environments, transferableSkills } = report.profile;
    text(doc, `Profil déclaré : ${yearsOfExperience} an(s) d’expérience · ${transferableSkills} compétence(s) transférable(s) · valeurs : ${values.join(', ') || '—'} · environnements : ${environments.join(', ') || '—'}`, { width: width(doc) });
  }
}

function scoreBlock(doc: Doc, report: TrustReportDocument): void {
  const { resilience } = report;
  const top = doc.y + 14;
  const colour = THREAT_COLOURS[resilience.threatLevel] ?? ACCENT;
  doc.roundedRect(MARGIN, top, width(doc), 118, 6).lineWidth(1).strokeColor(TRACK).stroke();
  doc.fillColor(colour).font('Helvetica-Bold').fontSize(40);
  doc.text(`${resilience.score}/100`, MARGIN + 16, top + 14, { width: 170 });
  doc.fillColor(MUTED).font('Helvetica').fontSize(9);
  text(doc, 'Score de résilience (100 = très résistant)', { width: 170 });
  const gaugeY = top + 88;
  doc.roundedRect(MARGIN + 16, gaugeY, 170, 8, 4).fill(TRACK);
  doc.roundedRect(MARGIN + 16, gaugeY, Math.max(8, (170 * resilience.score) / 100), 8, 4).fill(colour);

  const labels: [string, string][] = [
    ['Évolution', EVOLUTION_LABELS[resilience.evolution as EvolutionType]],
    ['Horizon', resilience.horizon ?? '—'],
    ['Niveau de menace', THREAT_LABELS[resilience.threatLevel as ThreatLevel]],
    ['Confiance', resilience.confidence ? CONFIDENCE_LABELS[resilience.confidence as ConfidenceLevel] : '—'],
    ['Score d’anxiété', `${resilience.anxietyScore}/100`],
  ];
  let y = top + 16;
  for (const [label, value] of labels) {
    doc.fillColor(MUTED).font('Helvetica').fontSize(9).text(pdfSafe(label), MARGIN + 220, y, { width: 110 });
    doc.fillColor(INK).font('Helvetica-Bold').fontSize(10).text(pdfSafe(value), MARGIN + 330, y, { width: width(doc) - 340 });
    y += 18;
  }
  doc.x = MARGIN;
  doc.y = top + 130;
  doc.fillColor(INK).font('Helvetica').fontSize(10);
  text(doc, resilience.summary, { width: width(doc) });
  doc.moveDown(0.3).font('Helvetica-Bold');
  text(doc, `Prochaine étape : ${resilience.nextAction}`, { width: width(doc) });
}

function factorsSection(doc: Doc, report: TrustReportDocument): void {
  heading(doc, 'Ce qui compose le score');
  const factors = report.resilience.factors;
  const max = Math.max(1, ...factors.map((f) => f.contribution));
  for (const factor of factors) {
    if (doc.y > doc.page.height - 110) doc.addPage();
    const y = doc.y;
    const label = pdfSafe(factor.label);
    doc.fillColor(INK).font('Helvetica-Bold').fontSize(9).text(label, MARGIN, y, { width: 210 });
    const labelBottom = y + doc.heightOfString(label, { width: 210 });
    doc.roundedRect(MARGIN + 220, y + 1, 200, 7, 3).fill(TRACK);
    doc.roundedRect(MARGIN + 220, y + 1, Math.max(factor.contribution > 0 ? 3 : 0, (200 * factor.contribution) / max), 7, 3).fill(ACCENT);
    doc.fillColor(INK).font('Helvetica-Bold').fontSize(9).text(`+${frenchNumber(factor.contribution)}`, MARGIN + 430, y, { width: 65, align: 'right' });
    doc.x = MARGIN;
    doc.y = Math.max(labelBottom, y + 11) + 1;
    doc.fillColor(MUTED).font('Helvetica').fontSize(8);
    text(doc, factor.detail, { width: width(doc) });
    doc.moveDown(0.4);
  }
  const total = factors.reduce((sum, f) => sum + Math.round(f.contribution * 10), 0) / 10;
  doc.fillColor(INK).font('Helvetica-Bold').fontSize(10);
  text(doc, `Total des contributions : ${frenchNumber(total)} = score ${report.resilience.score}/100`, { width: width(doc), align: 'right' });
}

function tasksSection(doc: Doc, report: TrustReportDocument): void {
  heading(doc, 'Vos tâches face à l’automatisation');
  const list = (title: string, tasks: TrustReportDocument['resilience']['protectiveTasks']) => {
    doc.font('Helvetica-Bold').fontSize(10).fillColor(INK);
    text(doc, title);
    doc.font('Helvetica').fontSize(9);
    for (const task of tasks) text(doc, `• ${task.label} — exposition ${Math.round(task.exposure * 100)} %${task.core ? ' (cœur de métier)' : ''}`, { width: width(doc), indent: 8 });
    doc.moveDown(0.4);
  };
  list('Tâches qui vous protègent', report.resilience.protectiveTasks);
  list('Tâches les plus exposées', report.resilience.exposedTasks);
}

function recommendationsSection(doc: Doc, report: TrustReportDocument): void {
  heading(doc, 'Métiers recommandés');
  if (report.recommendations.length === 0) text(doc, 'Aucune recommandation.');
  for (const recommendation of report.recommendations) {
    if (doc.y > doc.page.height - 120) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(10).fillColor(INK);
    text(doc, `${recommendation.title} (${recommendation.code}) — ${recommendation.score}/100`, { width: width(doc) });
    doc.font('Helvetica').fontSize(8).fillColor(MUTED);
    text(doc, recommendation.factors.map((f) => `${f.label} +${frenchNumber(f.contribution)}`).join(' · '), { width: width(doc) });
    if (recommendation.skillsToAcquire.length > 0) text(doc, `À acquérir : ${recommendation.skillsToAcquire.slice(0, 3).join(' ; ')}`, { width: width(doc) });
    doc.moveDown(0.4);
  }
}

function planSection(doc: Doc, report: TrustReportDocument): void {
  heading(doc, 'Plan de montée en compétences IA');
  for (const step of report.upskillingPlan) {
    doc.font('Helvetica-Bold').fontSize(9).fillColor(INK);
    text(doc, `${step.skill} — ${step.durationHours} h${step.cpfEligible ? ' · finançable CPF (à vérifier par offre)' : ''}`, { width: width(doc) });
    doc.font('Helvetica').fontSize(8).fillColor(MUTED);
    text(doc, `${step.description} ${step.reason}`, { width: width(doc) });
    doc.moveDown(0.3);
  }
}

function methodSection(doc: Doc, report: TrustReportDocument): void {
  const technical = report.resilience.technical;
  if (!technical) return;
  heading(doc, 'Méthode, limites et biais connus');
  doc.fontSize(8).fillColor(INK);
  text(doc, technical.formula, { width: width(doc) });
  doc.moveDown(0.4);
  const bullets = (title: string, lines: readonly string[]) => {
    if (lines.length === 0) return;
    doc.font('Helvetica-Bold').fontSize(9).fillColor(INK);
    text(doc, title);
    doc.font('Helvetica').fontSize(8).fillColor(MUTED);
    for (const line of lines) text(doc, `• ${line}`, { width: width(doc), indent: 8 });
    doc.moveDown(0.3);
  };
  bullets('Limites', technical.limits);
  bullets('Biais connus', technical.knownBiases);
  bullets('Autres sources, pour comparaison', technical.comparisons);
  bullets('Relecture humaine', [technical.humanReview]);
}

function sourcesSection(doc: Doc, report: TrustReportDocument): void {
  heading(doc, 'Sources des données');
  for (const source of report.sources) {
    doc.font('Helvetica-Bold').fontSize(9).fillColor(INK);
    text(doc, `${source.name} (${source.version})`, { width: width(doc) });
    doc.font('Helvetica').fontSize(8).fillColor(MUTED);
    text(doc, `${source.publisher} · ${source.licence} · ${source.attribution} · ${source.url}`, { width: width(doc) });
    doc.moveDown(0.3);
  }
  doc.moveDown(0.5).fontSize(8).fillColor(MUTED);
  text(doc, report.notice, { width: width(doc) });
}

function footers(doc: Doc, report: TrustReportDocument): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const y = doc.page.height - 38;
    // Writing inside the bottom margin must not trigger pdfkit's automatic page break.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(7).fillColor(MUTED);
    doc.text(pdfSafe(`Données : ${report.dataVersion}`), MARGIN, y, { width: width(doc), lineBreak: false });
    doc.text(pdfSafe(`Modèle ${report.modelVersion} · rapport ${report.reportId}`), MARGIN, y + 10, { width: width(doc) - 60, lineBreak: false });
    doc.text(`${index + 1} / ${range.count}`, MARGIN + width(doc) - 50, y + 10, { width: 50, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
