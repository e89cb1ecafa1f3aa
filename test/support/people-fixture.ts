// Builds people.csv content: realistic rows from a seeded generator, with chosen rows broken on purpose.
export const PEOPLE_HEADER = 'employee_id,email,full_name,employment_type,hire_date,termination_date,job_title,department,residence_country,residence_region,residence_city,residence_postal_code,residence_address,phone,timezone,manager_email';

const FIRST = ['Emma', 'Liam', 'Yuki', 'Haruto', 'Olivia', 'Noah', 'Sakura', 'Mateo', 'Aiko', 'Lucas', 'Mia', 'Kenji'];
const LAST = ['Smith', 'Tanaka', 'Garcia', 'Suzuki', 'Brown', 'Sato', 'Müller', 'Nowak', 'Silva', 'Kowalski'];
const PLACES = [
  ['US', 'CA', 'San Jose', '95112', 'America/Los_Angeles', '+1408555'],
  ['US', 'NY', 'New York', '10001', 'America/New_York', '+1212555'],
  ['JP', 'Tokyo', 'Shibuya', '150-0002', 'Asia/Tokyo', '+81355'],
  ['GB', 'England', 'London', 'SW1A 1AA', 'Europe/London', '+44207'],
  ['DE', 'Berlin', 'Berlin', '10115', 'Europe/Berlin', '+4930'],
] as const;

export function personRow(i: number): string {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[(i * 7) % LAST.length]!;
  const p = PLACES[i % PLACES.length]!;
  const hire = new Date(Date.UTC(2020, 0, 1) + (i % 1500) * 86_400_000).toISOString().slice(0, 10);
  const type = i % 10 === 0 ? 'contractor' : i % 17 === 0 ? 'vendor' : 'employee';
  return [
    `E${String(i).padStart(6, '0')}`, `${first}.${last}.${i}@example.com`.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, ''), `"${first} ${last}"`, type, hire, '',
    'Software Engineer', 'Engineering', p[0], p[1], p[2], p[3], `"${(i % 300) + 1} Example Street"`,
    `${p[5]}${String(1000 + (i % 9000))}`, p[4], 'manager@example.com',
  ].join(',');
}

/** people.csv text with `rows` people; `edit` may replace any 1-based data row. */
export function peopleCsv(rows: number, edit?: (index: number, row: string) => string): string {
  const lines = [PEOPLE_HEADER];
  for (let i = 1; i <= rows; i++) lines.push(edit ? edit(i, personRow(i)) : personRow(i));
  return `${lines.join('\n')}\n`;
}
