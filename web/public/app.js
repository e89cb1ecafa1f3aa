// Minimal people page: fetches /api/people and renders it in Japanese or English (choice remembered).
const messages = {
  en: { title: 'Trustline', language: 'Language', people: 'People', search: 'Search', employeeId: 'Employee ID', name: 'Name',
    email: 'E-mail', type: 'Type', country: 'Country', hired: 'Hired', count: (n, t) => `${n} of ${t} people`,
    types: { employee: 'Employee', contractor: 'Contractor', vendor: 'Vendor staff' } },
  ja: { title: 'Trustline', language: '言語', people: '人員一覧', search: '検索', employeeId: '社員ID', name: '氏名',
    email: 'メールアドレス', type: '区分', country: '居住国', hired: '入社日', count: (n, t) => `${t}人中${n}人を表示`,
    types: { employee: '社員', contractor: '業務委託', vendor: 'ベンダー要員' } },
};
let lang = localStorage.getItem('trustline.lang') || (navigator.language.startsWith('ja') ? 'ja' : 'en');
let last = { total: 0, items: [] };

function applyText() {
  const m = messages[lang];
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = m[el.dataset.i18n]; });
  document.getElementById('lang').value = lang;
  render();
}

function render() {
  const m = messages[lang];
  const fmt = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
  const tbody = document.getElementById('rows');
  tbody.replaceChildren(...last.items.map((p) => {
    const tr = document.createElement('tr');
    for (const v of [p.employeeId, p.fullName, p.email, m.types[p.employmentType] ?? p.employmentType, p.residenceCountry ?? '',
      fmt.format(new Date(`${p.hireDate}T00:00:00Z`))]) {
      const td = document.createElement('td'); td.textContent = v; tr.append(td);
    }
    return tr;
  }));
  document.getElementById('count').textContent = m.count(last.items.length, last.total);
}

async function load() {
  const q = document.getElementById('search').value.trim();
  const res = await fetch(`/api/people?limit=500${q ? `&search=${encodeURIComponent(q)}` : ''}`);
  last = await res.json();
  render();
}

document.getElementById('lang').addEventListener('change', (e) => { lang = e.target.value; localStorage.setItem('trustline.lang', lang); applyText(); });
document.getElementById('search').addEventListener('input', () => { clearTimeout(window.__t); window.__t = setTimeout(load, 250); });
applyText();
load();
