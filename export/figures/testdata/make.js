// Writes the workbooks the figure import is tested with, by two programs
// other than Ketenregie: ExcelJS 4.4.0 and SheetJS 0.18.5
// (npm install exceljs@4.4.0 xlsx@0.18.5).
// Run: node make.js DIR
const ExcelJS = require('exceljs');
const XLSX = require('xlsx');
const dir = process.argv[2];

async function exceljs() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Regio West-Friesland';
  const uitleg = wb.addWorksheet('Uitleg', { state: 'hidden' });
  uitleg.addRow(['Vul per gemeente en periode het aantal in.']);
  const ws = wb.addWorksheet('Cijfers');
  ws.addRow(['Gemeente', 'Periode', 'Maat', 'Aantal', 'Bron', 'Toelichting']).font = { bold: true };
  ws.addRow(['Hoorn', 2025, 'Signalen via de interne meldroute', 12, 'Registratie meldroute', '']);
  const r2 = ws.addRow(['GM0420', '2025-Q3', 'medewerkers-getraind', 1234]);
  r2.getCell(4).numFmt = '#,##0';
  const r3 = ws.addRow(['Drechterland', new Date(Date.UTC(2025, 6, 1)), 'Meldingen zorgcoördinatie', 3]);
  r3.getCell(2).numFmt = 'mmm-yy';
  ws.addRow(['West-Friesland', 'Q1 2025', 'Aandachtsfunctionarissen getraind', 7, 'Opgave gemeenten', 'Twee trainingen in maart.']);
  ws.addRow([]);
  ws.addRow(['Enkhuizen', 2024, 'Casussen besproken in het ZVH/RIEC-overleg', { formula: '2+3', result: 5 }]);
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  await wb.xlsx.writeFile(dir + '/cijfers-exceljs.xlsx');
}

function sheetjs() {
  const rows = [
    ['gemeente', 'periode', 'maat', 'aantal'],
    ['Stede Broec', '2025-07', 'Signalen via de interne meldroute', 2],
    ['Koggenland', new Date(Date.UTC(2025, 9, 1)), 'Signalen via de interne meldroute', 0],
    ['Opmeer', 2025, 'Medewerkers getraind', 31.0],
  ];
  const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: true, dateNF: 'mmmm yyyy' });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Blad1');
  XLSX.writeFile(wb, dir + '/cijfers-sheetjs.xlsx');
}

exceljs().then(sheetjs);
