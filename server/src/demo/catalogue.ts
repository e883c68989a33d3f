// The fixed cast of the demo ledger: the organisation's users and its customers. Names,
// domains and people are invented; behaviour profiles decide how each customer pays.

/** How a demo customer pays, which in turn decides the segment the rules give it. */
export type PayerProfile = 'good' | 'occasional' | 'recurring' | 'new';

/** A customer of the demo before it becomes rows. */
export interface CatalogueCustomer {
  name: string;
  domains: string[];
  language: 'fr' | 'en';
  currency: 'EUR' | 'GBP' | 'USD';
  termsDays: 30 | 45 | 60;
  profile: PayerProfile;
  strategic: boolean;
  /** Typical invoice size: small, medium or large. */
  size: 's' | 'm' | 'l';
  /** People who write from the customer's domain; the first is the usual payer. */
  people: string[];
  /** The shared accounts-payable mailbox. */
  mailbox: string;
}

type Row = [
  name: string,
  domain: string,
  language: 'fr' | 'en',
  currency: 'EUR' | 'GBP' | 'USD',
  terms: 30 | 45 | 60,
  profile: PayerProfile | 'strategic-good' | 'strategic-occasional' | 'strategic-recurring',
  size: 's' | 'm' | 'l',
  people: string,
  mailbox: string,
];

// prettier-ignore
const ROWS: Row[] = [
  ['Boulangeries Marchand SAS', 'boulangeries-marchand.fr', 'fr', 'EUR', 30, 'good', 'm', 'Claire Marchand, Nicolas Petit', 'comptabilite'],
  ['Transports Lemoine & Fils', 'transports-lemoine.fr', 'fr', 'EUR', 45, 'recurring', 'l', 'Bruno Lemoine, Sandrine Colin', 'compta.fournisseurs'],
  ['Atelier Verrier du Rhône', 'verrier-rhone.fr', 'fr', 'EUR', 30, 'good', 's', 'Élodie Perret', 'factures'],
  ['Menuiserie Gauthier', 'menuiserie-gauthier.fr', 'fr', 'EUR', 30, 'occasional', 's', 'Patrick Gauthier', 'compta'],
  ['Clinique Vétérinaire des Tilleuls', 'clinique-tilleuls.fr', 'fr', 'EUR', 30, 'good', 's', 'Dr Agnès Royer, Maëlle Fabre', 'secretariat'],
  ['Groupe Hôtelier Bastide', 'bastide-hotels.fr', 'fr', 'EUR', 60, 'occasional', 'l', 'Stéphane Bastide, Laure Besson, Karim Haddad', 'comptabilite.fournisseurs'],
  ['Imprimerie Rolland', 'imprimerie-rolland.fr', 'fr', 'EUR', 45, 'occasional', 'm', 'Hervé Rolland', 'compta'],
  ['Caves Delaunay', 'caves-delaunay.fr', 'fr', 'EUR', 30, 'occasional', 'm', 'Juliette Delaunay', 'administratif'],
  ['Électricité Moreau Services', 'moreau-elec.fr', 'fr', 'EUR', 45, 'good', 'm', 'Franck Moreau, Cécile Noël', 'comptabilite'],
  ['Laboratoires Cervin', 'labo-cervin.fr', 'fr', 'EUR', 60, 'good', 'l', 'Isabelle Cervin, Thibault Renaud', 'ap'],
  ['Fromagerie Berthier', 'fromagerie-berthier.fr', 'fr', 'EUR', 30, 'occasional', 's', 'Jean Berthier', 'contact'],
  ['BTP Fontaine Construction', 'fontaine-btp.fr', 'fr', 'EUR', 60, 'recurring', 'l', 'Olivier Fontaine, Nadia Benali', 'compta.fournisseurs'],
  ['Agence Horizon Digital', 'horizon-digital.fr', 'fr', 'EUR', 30, 'occasional', 'm', 'Léa Guerin, Maxime Caron', 'finance'],
  ['Cabinet Perrin Architectes', 'perrin-architectes.fr', 'fr', 'EUR', 45, 'good', 's', 'Anne Perrin', 'cabinet'],
  ['Garage Dumas Automobiles', 'dumas-auto.fr', 'fr', 'EUR', 30, 'recurring', 's', 'Gilles Dumas', 'atelier'],
  ['Scierie des Vosges', 'scierie-vosges.fr', 'fr', 'EUR', 60, 'good', 'm', 'Denis Schmitt, Aurélie Klein', 'comptabilite'],
  ['Librairie Le Passage', 'librairie-lepassage.fr', 'fr', 'EUR', 30, 'good', 's', 'Sophie Mercadier', 'commandes'],
  ['Coopérative Agricole du Berry', 'coop-berry.fr', 'fr', 'EUR', 60, 'good', 'l', 'Michel Aubert, Valérie Texier', 'comptabilite'],
  ['Maison Lefèvre Traiteur', 'lefevre-traiteur.fr', 'fr', 'EUR', 30, 'good', 'm', 'Thomas Lefèvre', 'compta'],
  ['Textiles Mercier', 'textiles-mercier.fr', 'fr', 'EUR', 45, 'recurring', 'm', 'Annick Mercier, Rachid Ziani', 'comptabilite'],
  ['Nettoyage Pro Azur', 'proazur-nettoyage.fr', 'fr', 'EUR', 30, 'recurring', 's', 'Sébastien Giraud', 'gestion'],
  ['Clinique Saint-Roch', 'clinique-saintroch.fr', 'fr', 'EUR', 60, 'good', 'l', 'Catherine Vidal, Paul Meunier', 'fournisseurs'],
  ['Brasserie du Faubourg', 'brasserie-faubourg.fr', 'fr', 'EUR', 30, 'recurring', 's', 'Antoine Barbier', 'contact'],
  ['Optique Chevalier', 'optique-chevalier.fr', 'fr', 'EUR', 30, 'new', 's', 'Morgane Chevalier', 'boutique'],
  ['Logistique Garnier', 'garnier-logistique.fr', 'fr', 'EUR', 45, 'occasional', 'l', 'Damien Garnier, Inès Lopez', 'comptabilite'],
  ['Chocolaterie Roux', 'chocolaterie-roux.fr', 'fr', 'EUR', 30, 'new', 's', 'Pauline Roux', 'compta'],
  ['Pépinières Blanchard', 'pepinieres-blanchard.fr', 'fr', 'EUR', 45, 'new', 'm', 'Xavier Blanchard', 'administration'],
  ['Ascenseurs Picard', 'picard-ascenseurs.fr', 'fr', 'EUR', 60, 'occasional', 'l', 'Yannick Picard, Corinne Lucas', 'compta.fournisseurs'],
  ['Informatique Bonnet Conseil', 'bonnet-conseil.fr', 'fr', 'EUR', 30, 'good', 'm', 'Frédéric Bonnet', 'facturation'],
  ['Hôtel Les Remparts', 'hotel-remparts.fr', 'fr', 'EUR', 30, 'recurring', 'm', 'Marion Dupuis', 'direction'],
  ['Métallerie Girard', 'metallerie-girard.fr', 'fr', 'EUR', 45, 'recurring', 'm', 'Alain Girard, Nathalie Roger', 'comptabilite'],
  ['Éditions Arnaud', 'editions-arnaud.fr', 'fr', 'EUR', 60, 'good', 'm', 'Guillaume Arnaud', 'compta'],
  ['Vignobles Caron', 'vignobles-caron.fr', 'fr', 'EUR', 45, 'occasional', 'm', 'Hélène Caron, Benoît Masson', 'domaine'],
  ['Plomberie Faure', 'plomberie-faure.fr', 'fr', 'EUR', 30, 'recurring', 's', 'Christophe Faure', 'contact'],
  ['Groupe Santé Rivière', 'groupe-riviere.fr', 'fr', 'EUR', 60, 'strategic-occasional', 'l', 'Véronique Rivière, Mathieu Leclerc, Sonia Brunet', 'comptabilite.fournisseurs'],
  ['Distribution Lambert Frais', 'lambert-frais.fr', 'fr', 'EUR', 45, 'strategic-recurring', 'l', 'Jérôme Lambert, Émilie Carpentier', 'compta.fournisseurs'],
  ['Agence Lumière Événements', 'lumiere-evenements.fr', 'fr', 'EUR', 30, 'new', 'm', 'Chloé Lemaire', 'production'],
  ['Harrington & Cole Ltd', 'harringtoncole.co.uk', 'en', 'GBP', 30, 'occasional', 'm', 'James Harrington, Priya Shah', 'accounts.payable'],
  ['Blackwood Engineering Ltd', 'blackwood-eng.co.uk', 'en', 'GBP', 30, 'good', 'l', 'Fiona Blackwood, Tom Reilly', 'ap'],
  ['Kestrel Logistics Ltd', 'kestrel-logistics.co.uk', 'en', 'GBP', 30, 'recurring', 'l', 'Gareth Evans, Sian Hughes', 'accounts'],
  ['Thornbury Foods plc', 'thornburyfoods.co.uk', 'en', 'GBP', 45, 'occasional', 'l', 'Rebecca Thornbury, Daniel Okafor', 'purchase.ledger'],
  ['Ashdown Hotels Group', 'ashdownhotels.co.uk', 'en', 'GBP', 30, 'recurring', 'm', 'Oliver Grant', 'finance'],
  ['Granite Peak Software Inc.', 'granitepeak.io', 'en', 'USD', 30, 'good', 'm', 'Megan Walsh, Carlos Rivera', 'billing'],
  ['Bluewater Marine Supply LLC', 'bluewatermarine.com', 'en', 'USD', 30, 'recurring', 'm', 'Kevin Brooks', 'ap'],
  ['Redfern Analytics Inc.', 'redfernanalytics.com', 'en', 'USD', 30, 'new', 'm', 'Ashley Nguyen', 'accounts.payable'],
  ['Shannon Valley Dairies', 'shannonvalley.ie', 'en', 'EUR', 30, 'occasional', 'm', 'Siobhan Murphy, Conor Byrne', 'accounts'],
  ['Liffey Print Works', 'liffeyprint.ie', 'en', 'EUR', 30, 'good', 's', 'Declan Kelly', 'office'],
  ['Corrib Medical Devices', 'corribmedical.ie', 'en', 'EUR', 45, 'good', 'l', 'Aoife Brennan, Niall Doyle', 'ap'],
  ['Northgate Retail BV', 'northgate-retail.nl', 'en', 'EUR', 30, 'good', 'l', 'Sanne de Vries, Pieter Jansen', 'crediteuren'],
  ['Van Dijk Industrial Supplies', 'vandijk-supplies.nl', 'en', 'EUR', 45, 'occasional', 'm', 'Lars van Dijk', 'finance'],
  ['Nordlys Energy AS', 'nordlys-energy.com', 'en', 'EUR', 30, 'good', 'l', 'Ingrid Solberg', 'invoices'],
  ['Meridian Facilities Management', 'meridianfm.eu', 'en', 'EUR', 30, 'good', 'm', 'Hannah Price, Marco Bianchi', 'accounts.payable'],
  ['Oakridge Pharma Europe', 'oakridgepharma.eu', 'en', 'EUR', 60, 'strategic-good', 'l', 'Elizabeth Warren-Hale, Stefan Keller', 'ap.europe'],
  ['Atlas Freight Europe', 'atlasfreight.eu', 'en', 'EUR', 30, 'recurring', 'l', 'Viktor Novak', 'accounts'],
  ['Brightwell Events Ltd', 'brightwell-events.ie', 'en', 'EUR', 30, 'occasional', 's', 'Ciara Walsh', 'hello'],
  ['Halcyon Studios', 'halcyonstudios.ie', 'en', 'EUR', 30, 'new', 's', 'Rory Fitzgerald', 'studio'],
  ['Pinecrest Hospitality', 'pinecrest-hospitality.eu', 'en', 'EUR', 30, 'recurring', 'm', 'Laura Bennett', 'finance'],
  ['Copperfield Packaging', 'copperfieldpack.eu', 'en', 'EUR', 45, 'new', 'm', 'Mark Holloway', 'accounts'],
  ['Evergreen Labs Europe', 'evergreenlabs.eu', 'en', 'EUR', 30, 'new', 'l', 'Dr Naomi Fischer', 'procurement'],
  ['Pharmacie du Marché', 'pharmacie-du-marche.fr', 'fr', 'EUR', 30, 'good', 's', 'Laurent Morel', 'officine'],
];

// Saint-Roch belongs to the Rivière group and registered the group's domain too, so a mail
// from an unknown person at groupe-riviere.fr shows the chain's ambiguity.
const EXTRA_DOMAINS: Record<string, string[]> = { 'Clinique Saint-Roch': ['groupe-riviere.fr'] };

/** The demo customers, in a fixed order. */
export const DEMO_CUSTOMERS: readonly CatalogueCustomer[] = ROWS.map(
  ([name, domain, language, currency, termsDays, profile, size, people, mailbox]) => {
    const strategic = profile.startsWith('strategic-');
    return {
      name,
      domains: [domain, ...(EXTRA_DOMAINS[name] ?? [])],
      language,
      currency,
      termsDays,
      profile: (strategic ? profile.slice('strategic-'.length) : profile) as PayerProfile,
      strategic,
      size,
      people: people.split(', '),
      mailbox,
    };
  },
);

/** Lower-case ASCII of a name, for the local part of an address ("Élodie" → "elodie"). */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^dr /, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The address of a person at a domain: first.last@domain. */
export function personAddress(person: string, domain: string): string {
  const parts = asciiSlug(person).split('-');
  const first = parts[0] ?? 'contact';
  const last = parts.slice(1).join('-') || 'contact';
  return `${first}.${last}@${domain}`;
}
