// Given names, family names and street names per country, so people look local to where they live.

interface NameSet { first: string[]; last: string[]; streets: string[] }

export const NAMES: Record<string, NameSet> = {
  US: {
    first: ['James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara',
      'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Christopher', 'Karen', 'Daniel', 'Emily', 'Matthew', 'Ashley',
      'Anthony', 'Megan', 'Mark', 'Rachel', 'Kevin', 'Laura', 'Brian', 'Nicole', 'Jason', 'Amanda', 'Ryan', 'Stephanie', 'Carlos',
      'Maria', 'Wei', 'Priya', 'Tyler', 'Hannah', 'Jordan', 'Olivia', 'Marcus', 'Grace'],
    last: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez',
      'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris',
      'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Nguyen', 'Hill', 'Green', 'Baker',
      'Adams', 'Nelson', 'Carter', 'Mitchell', 'Patel', 'Chen', 'Kim', 'Murphy', 'Cook', 'Rivera', 'Bailey', 'Cooper'],
    streets: ['Oak St', 'Maple Ave', 'Cedar Ln', 'Pine St', 'Elm St', 'Washington Ave', 'Lake Dr', 'Hillcrest Rd', 'Park Ave',
      'Sunset Blvd', 'Highland Ave', 'Willow Way', 'Chestnut St', 'River Rd', 'Meadow Ln'],
  },
  JP: {
    first: ['Haruto', 'Yui', 'Sota', 'Hina', 'Ren', 'Aoi', 'Takumi', 'Sakura', 'Yuto', 'Mei', 'Kenji', 'Yuki', 'Hiroshi',
      'Naoko', 'Daiki', 'Emi', 'Shota', 'Ayaka', 'Kaito', 'Misaki', 'Ryo', 'Nanami'],
    last: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida',
      'Yamada', 'Sasaki', 'Yamaguchi', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi', 'Shimizu', 'Mori'],
    streets: ['1-2-3 Shibaura', '2-4-1 Nishi-Shinjuku', '3-7-2 Umeda', '1-14-5 Tenjin', '4-1-8 Minatomirai', '2-9-11 Ebisu'],
  },
  GB: {
    first: ['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Ava', 'Jack', 'Mia', 'Charlie', 'Sophie', 'Thomas', 'Emily',
      'James', 'Lucy', 'William', 'Chloe', 'Alfie', 'Ella', 'Rhys', 'Freya', 'Callum', 'Aisha'],
    last: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Evans', 'Thomas', 'Roberts',
      'Walker', 'Wright', 'Robinson', 'Thompson', 'White', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood', 'Khan', 'Patel', 'Campbell'],
    streets: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Green Lane', 'Manor Road', 'Park Road', 'Queens Road'],
  },
  DE: {
    first: ['Lukas', 'Anna', 'Leon', 'Lea', 'Finn', 'Hannah', 'Jonas', 'Lena', 'Paul', 'Laura', 'Felix', 'Julia', 'Maximilian',
      'Sophie', 'Tobias', 'Katharina', 'Jan', 'Marie', 'Stefan', 'Sabine'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch',
      'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger'],
    streets: ['Hauptstraße', 'Schulstraße', 'Gartenstraße', 'Bahnhofstraße', 'Dorfstraße', 'Bergstraße', 'Lindenstraße', 'Kirchweg'],
  },
  CA: {
    first: ['Liam', 'Olivia', 'Noah', 'Emma', 'Ethan', 'Charlotte', 'Lucas', 'Chloé', 'Benjamin', 'Ava', 'Mathieu', 'Léa',
      'Owen', 'Zoe', 'Jacob', 'Maya', 'Arjun', 'Mei'],
    last: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Smith', 'Brown', 'Wilson', 'MacDonald',
      'Campbell', 'Anderson', 'Singh', 'Wong', 'Martin', 'Leblanc', 'Taylor'],
    streets: ['King St W', 'Queen St E', 'Yonge St', 'Main St', 'Rue Sainte-Catherine', 'Granville St', 'Bloor St W', 'Rue Saint-Denis'],
  },
  IN: {
    first: ['Aarav', 'Ananya', 'Vihaan', 'Diya', 'Arjun', 'Saanvi', 'Rohan', 'Priya', 'Aditya', 'Kavya', 'Rahul', 'Neha',
      'Vikram', 'Pooja', 'Karthik', 'Divya', 'Sanjay', 'Meera'],
    last: ['Sharma', 'Patel', 'Reddy', 'Iyer', 'Nair', 'Gupta', 'Singh', 'Kumar', 'Rao', 'Menon', 'Joshi', 'Desai',
      'Mehta', 'Agarwal', 'Krishnan', 'Pillai'],
    streets: ['MG Road', 'Brigade Road', 'FC Road', 'Banjara Hills Rd 12', 'Koramangala 5th Block', 'Baner Road', 'Jubilee Hills Rd 36'],
  },
  PL: {
    first: ['Jakub', 'Zuzanna', 'Antoni', 'Julia', 'Jan', 'Zofia', 'Szymon', 'Hanna', 'Piotr', 'Maja', 'Tomasz', 'Katarzyna',
      'Michał', 'Agnieszka', 'Paweł', 'Magdalena', 'Krzysztof', 'Aleksandra'],
    last: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański',
      'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Krawczyk'],
    streets: ['ul. Marszałkowska', 'ul. Długa', 'ul. Floriańska', 'ul. Świdnicka', 'ul. Mickiewicza', 'ul. Polna', 'ul. Lipowa'],
  },
  BR: {
    first: ['Miguel', 'Helena', 'Arthur', 'Alice', 'Gael', 'Laura', 'Heitor', 'Manuela', 'Davi', 'Valentina', 'Lucas',
      'Beatriz', 'Gabriel', 'Juliana', 'Rafael', 'Camila', 'Pedro', 'Fernanda'],
    last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa',
      'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Araújo'],
    streets: ['Rua Augusta', 'Avenida Paulista', 'Rua das Flores', 'Rua XV de Novembro', 'Avenida Atlântica', 'Rua Oscar Freire'],
  },
};

export function nameSet(country: string): NameSet {
  const set = NAMES[country] ?? NAMES.US;
  if (!set) throw new Error('name catalog is empty');
  return set;
}

/** ASCII e-mail local part: "Łukasz Wiśniewski" → "lukasz.wisniewski". */
export function asciiSlug(text: string): string {
  return text.replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '');
}
