// Host glue of the compiling page: read the dropped files, let core build and render the report
// (the widgets' report part, loaded from beside the pasted script), hand the file to the browser.
const form = document.getElementById('compile');
const input = form.elements.namedItem('overlays');
const drop = document.getElementById('drop');
const list = document.getElementById('files');
const result = document.getElementById('result');
const preview = document.getElementById('preview');
let files = [];

function show(chosen) {
  files = [...chosen];
  list.textContent = files.length ? `${files.length} tệp: ${files.map((file) => file.name).join(', ')}` : 'Chưa có tệp nào.';
}
input.addEventListener('change', () => show(input.files));
drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => { event.preventDefault(); drop.classList.remove('over'); show(event.dataTransfer.files); });

function problems(title, items) {
  const box = document.createElement('div');
  box.className = 'problems';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  heading.textContent = title;
  const ul = document.createElement('ul');
  for (const item of items) ul.append(Object.assign(document.createElement('li'), { textContent: item }));
  box.append(heading, ul);
  result.replaceChildren(box);
}

function save(blob, name) {
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  preview.hidden = true;
  const asOf = form.elements.namedItem('as-of').value;
  const format = form.elements.namedItem('format').value;
  const lang = form.elements.namedItem('lang').value;
  const overlays = [];
  const unreadable = [];
  for (const file of files) {
    try {
      overlays.push(JSON.parse(await file.text()));
    } catch (error) {
      unreadable.push(`${file.name}: không phải JSON (${error.message})`);
    }
  }
  if (unreadable.length) return problems('Chưa lập được báo cáo:', unreadable);
  const [{ buildReport, ReportError, reportToCsv, reportToHtml, loadDocx }, program] = await Promise.all([
    import('../widgets/chuongtrinh-status-editor-report.js'),
    fetch('widgets/binh-thuan-2021-2025.json').then((response) => response.json()),
  ]);
  let report;
  try {
    report = buildReport(program, overlays, { asOf, labels: files.map((file) => file.name) });
  } catch (error) {
    if (error instanceof ReportError) return problems('Chưa lập được báo cáo:', error.problems);
    throw error;
  }
  const issuer = program.agencies.find((agency) => agency.id === 'so-ke-hoach-va-dau-tu');
  const name = `bao-cao-tong-hop-${asOf}.${format}`;
  if (format === 'docx') {
    const { reportToDocx } = await loadDocx();
    save(new Blob([await reportToDocx(report, { lang, issuer })], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }), name);
  } else if (format === 'html') {
    const page = reportToHtml(report, { lang, issuer });
    save(new Blob([page], { type: 'text/html;charset=utf-8' }), name);
    preview.srcdoc = page;
    preview.hidden = false;
  } else {
    save(new Blob([reportToCsv(program, report, { lang })], { type: 'text/csv;charset=utf-8' }), name);
  }
  const left = report.issues.length ? ` ${report.issues.length} mục lỗi không được tính: ${report.issues.map((issue) => `${issue.label} ${issue.path}`).join('; ')}.` : '';
  result.textContent = `Đã lập báo cáo ${report.total} nhiệm vụ, số liệu đến ngày ${asOf}; ${report.unreported.length} nhiệm vụ chưa có báo cáo.${left}`;
});
