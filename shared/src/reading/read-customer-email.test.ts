import { describe, expect, it } from 'vitest';
import { readCustomerEmail, type ReadCustomerEmailInput } from './read-customer-email.ts';

const KNOWN = [
  { number: 'FA-2026-0412', openAmount: 340000, currency: 'EUR' },
  { number: '104522', openAmount: 452000, currency: 'EUR' },
];

function read(text: string, overrides: Partial<ReadCustomerEmailInput> = {}) {
  return readCustomerEmail({
    subject: '',
    text,
    sentAt: '2026-03-04T10:00:00+01:00',
    timeZone: 'Europe/Paris',
    knownInvoices: KNOWN,
    ...overrides,
  });
}

describe('readCustomerEmail', () => {
  describe('bad input', () => {
    it('returns an empty reading for an empty email', () => {
      expect(read('')).toEqual({
        invoices: [],
        amounts: [],
        promisedDate: null,
        disputeCategory: null,
        intent: 'other',
      });
    });

    it('throws an error naming timeZone when the zone is not an IANA zone', () => {
      expect(() => read('Bonjour', { timeZone: 'Europe/Atlantis' })).toThrow(/timeZone/);
    });

    it('refuses an invalid zone on every call, the valid zones read before still working', () => {
      const promise = 'Nous réglerons FA-2026-0412 demain.';
      const sentAt = '2026-03-04T23:30:00Z';
      expect(read(promise, { sentAt, timeZone: 'Asia/Tokyo' }).promisedDate?.date).toBe(
        '2026-03-06',
      );
      for (let i = 0; i < 2; i++) {
        expect(() => read(promise, { timeZone: 'Europe/Atlantis' })).toThrow(/timeZone/);
      }
      expect(read(promise, { sentAt, timeZone: 'Asia/Tokyo' }).promisedDate?.date).toBe(
        '2026-03-06',
      );
      expect(read(promise, { sentAt, timeZone: 'America/New_York' }).promisedDate?.date).toBe(
        '2026-03-05',
      );
    });

    it('throws an error naming sentAt when the instant cannot be read', () => {
      expect(() => read('Bonjour', { sentAt: 'yesterday-ish' })).toThrow(/sentAt/);
    });

    it('reads only the first 64 KiB of a 1 MB body', () => {
      const filler = 'Lorem ipsum dolor sit amet 12 345 678. '.repeat(27_000);
      const reading = read(`${filler}\nNous réglerons FA-2026-0412 demain.`);
      expect(reading.invoices).toEqual([]);
      expect(reading.promisedDate).toBeNull();
    });

    it('reads a 1 MB line without a single break and returns', () => {
      const reading = read(`${'9'.repeat(500_000)}${'-a'.repeat(250_000)}`);
      expect(reading.invoices).toEqual([]);
    });

    it('reads binary noise as nothing', () => {
      let seed = 7;
      const noise = Array.from({ length: 200_000 }, () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        return String.fromCharCode(seed % 256);
      }).join('');
      const reading = read(noise);
      expect(reading.promisedDate).toBeNull();
      expect(reading.disputeCategory).toBeNull();
    });
  });

  describe('invoice numbers', () => {
    it('finds a known number written without its separators, in another case', () => {
      expect(read('Concernant fa2026/0412, merci.').invoices.map((i) => i.number)).toEqual([
        'FA-2026-0412',
      ]);
    });

    it('finds a number that only appears in the quoted history', () => {
      const text =
        'Ce sera fait.\n\nLe 3 mars 2026 à 10:00, Compta a écrit :\n> Facture FA-2026-0412 impayée.';
      expect(read(text).invoices[0]).toMatchObject({ number: 'FA-2026-0412' });
    });

    it.each([
      ['a phone number', 'Appelez-moi au 06 10 45 22 18.'],
      ['an IBAN', 'IBAN FR76 3000 6000 0110 4522 7890 189'],
      ['a SIRET', 'SIRET 104 522 881 00017'],
      ['a purchase order', 'Notre bon de commande 104522 est joint.'],
      ['an amount', 'Le solde est de 104 522,00 €.'],
    ])('does not take a number inside %s for an invoice', (_what, text) => {
      expect(read(text).invoices).toEqual([]);
    });

    it('keeps the sentence a number came from as evidence', () => {
      const reading = read('Bonjour,\nLa facture 104522 sera réglée vendredi. Merci.');
      expect(reading.invoices[0]?.evidence).toBe('La facture 104522 sera réglée vendredi.');
    });
  });

  describe('amounts', () => {
    it('reads Moroccan dirhams and Australian dollars with their currency', () => {
      expect(read('Virement de 12 500,00 MAD effectué.').amounts[0]?.currency).toBe('MAD');
      expect(
        read('A$2,800.00 on 14/12 and AUD 1,150 later.').amounts.map((a) => a.currency),
      ).toEqual(['AUD', 'AUD']);
    });

    it('reads a bare dollar as the dollar the customer is billed in', () => {
      const cad = [{ number: '104522', openAmount: 245000, currency: 'CAD' }];
      expect(read('Nous enverrons 2 450,00 $ vendredi.', { knownInvoices: cad }).amounts).toEqual([
        expect.objectContaining({ amount: 245000, currency: 'CAD' }),
      ]);
      expect(read('We will send $2,450.00 on Friday.').amounts[0]?.currency).toBe('USD');
      expect(read('3 000,00 $ CA le 15 décembre.').amounts[0]?.currency).toBe('CAD');
    });

    it.each([
      ['3 400,00 €', 340000, 'EUR'],
      ['1.234,56 EUR', 123456, 'EUR'],
      ['€3,250.00', 325000, 'EUR'],
      ['$12,480.00', 1248000, 'USD'],
      ['USD 4,500', 450000, 'USD'],
      ['£980', 98000, 'GBP'],
      ['12,5 euros', 1250, 'EUR'],
    ])('reads %s as integer minor units', (written, amount, currency) => {
      expect(read(`Nous paierons ${written} demain.`).amounts).toEqual([
        { amount, currency, evidence: `Nous paierons ${written} demain.` },
      ]);
    });

    it('ignores amounts of the quoted history and of the signature', () => {
      const text =
        'OK pour nous.\nCordialement,\nSAS au capital de 50 000 €\n\nLe 3 mars 2026, X a écrit :\n> Montant dû : 3 400,00 €';
      expect(read(text).amounts).toEqual([]);
    });
  });

  describe('intent', () => {
    it('reads "confirmer avoir réglé" as a remittance', () => {
      expect(read('Je vous confirme avoir viré ce matin les fonds pour FA-2026-0412.').intent).toBe(
        'remittance',
      );
    });

    it('reads a payment made in one clause despite a negation in another', () => {
      const reading = read('Rien ne presse de votre côté, mais nous avons payé 104522 hier.');
      expect(reading.intent).toBe('remittance');
    });

    it('reads an English invoice stated as settled as a payment made', () => {
      expect(read('104522 was settled by wire last week.').intent).toBe('remittance');
    });

    it('reads a remittance promised for later as a promise, not a payment made', () => {
      const text =
        'It will be paid next week and I will send you the remittance advice once it is out.';
      expect(read(text).intent).toBe('promise');
      expect(read('The remittance advice for 104522 is attached.').intent).toBe('remittance');
    });

    it('reads a wire sent today as a payment made, with no promise on the sent day', () => {
      const reading = read('Wire transfer sent today for 104522. Value date March 6.', {
        sentAt: '2026-03-04T10:00:00-05:00',
      });
      expect(reading).toMatchObject({ intent: 'remittance', promisedDate: null });
    });

    it('does not take a way of paying for a promise to pay', () => {
      const text = 'Do you have a payment link? Small invoices can be paid by card here.';
      expect(read(text).intent).toBe('other');
    });

    it('reads a cheque put in the post as a payment made, one still to post as none', () => {
      expect(read('check #10457 mailed yesterday for 104522').intent).toBe('remittance');
      expect(read('The check for 104522 will be mailed on Friday.').intent).toBe('promise');
    });

    it('does not take the accounts payable team for a promise to pay', () => {
      const text = 'My colleague will take over accounts payable from 1 April.';
      expect(read(text)).toMatchObject({ intent: 'other', promisedDate: null });
    });
  });

  describe('promised date', () => {
    it('reads "demain" against the sender’s offset, not UTC', () => {
      const reading = read('Nous réglerons demain.', { sentAt: '2026-03-04T23:30:00+01:00' });
      expect(reading.promisedDate?.date).toBe('2026-03-05');
    });

    it('uses the reader’s zone when the sent instant is given in UTC', () => {
      const reading = read('Nous réglerons demain.', {
        sentAt: '2026-03-04T23:30:00Z',
        timeZone: 'Europe/Paris',
      });
      expect(reading.promisedDate?.date).toBe('2026-03-06');
    });

    it('rolls a January date written in December over to the next year', () => {
      const reading = read('Nous réglerons le 5 janvier.', { sentAt: '2026-12-15T10:00:00+01:00' });
      expect(reading.promisedDate?.date).toBe('2027-01-05');
    });

    it('reads 10/12 day first in French and month first in US English', () => {
      const sentAt = '2026-09-01T10:00:00+02:00';
      expect(read('Le paiement sera fait le 10/12.', { sentAt }).promisedDate?.date).toBe(
        '2026-12-10',
      );
      const fromNewYork = '2026-09-01T10:00:00-04:00';
      expect(read('We will pay on 10/12.', { sentAt: fromNewYork }).promisedDate?.date).toBe(
        '2026-10-12',
      );
    });

    it('reads "fin du mois" and "sous huitaine"', () => {
      expect(read('Règlement fin du mois.').promisedDate?.date).toBe('2026-03-31');
      expect(read('Nous paierons sous huitaine.').promisedDate?.date).toBe('2026-03-12');
    });

    it('ignores the invoice date and a past transfer date', () => {
      expect(read('La facture du 20 mars sera réglée le 25 mars.').promisedDate?.date).toBe(
        '2026-03-25',
      );
      expect(read('Nous avons effectué le virement lundi.').promisedDate).toBeNull();
    });

    it('ignores the return date of an out-of-office reply', () => {
      const reading = read(
        'Je suis absente jusqu’au 12 mars. Pour les paiements, voir compta@x.fr.',
        {
          subject: 'Réponse automatique',
        },
      );
      expect(reading.promisedDate).toBeNull();
      expect(reading.intent).toBe('other');
    });

    it('ignores a date that only the quoted history holds', () => {
      const text =
        'Bien reçu.\n\nOn Tue, Mar 3, 2026 at 9:00 AM Karen wrote:\n> Please pay by March 10.';
      expect(read(text).promisedDate).toBeNull();
    });

    it('reads 06/04 day first from a sender in Europe and month first from one in America', () => {
      const text = 'Payment of 104522 will be made on 06/04 with our weekly run.';
      expect(read(text, { sentAt: '2026-03-04T10:00:00+00:00' }).promisedDate?.date).toBe(
        '2026-04-06',
      );
      expect(read(text, { sentAt: '2026-03-04T10:00:00-05:00' }).promisedDate?.date).toBe(
        '2026-06-04',
      );
    });

    it('reads the first date of a payment plan written as a list', () => {
      const text =
        'Nous proposons de régler la facture 104522 en deux fois :\n- 1 000,00 € le 16 mars ;\n- le solde le 15 avril.';
      expect(read(text)).toMatchObject({ intent: 'promise', promisedDate: { date: '2026-03-16' } });
    });

    it('drops a date when the payment is refused', () => {
      expect(read('Nous ne paierons pas vendredi.').promisedDate).toBeNull();
    });
  });

  describe('dispute category', () => {
    it('reads goods that never came as not received', () => {
      const text = 'Nous avons bien reçu la facture 104522, mais toujours pas la marchandise.';
      expect(read(text).disputeCategory?.category).toBe('not_received');
    });

    it('puts to rest the category a settled dispute names, and only that one', () => {
      const settled = read(
        'Got the invoice at the quoted pricing. That closes the pricing dispute.',
      );
      expect(settled).toMatchObject({ intent: 'other', disputeCategory: null });
      const other = read('That closes the pricing dispute, but 3 pallets are missing on 104522.');
      expect(other.disputeCategory?.category).toBe('quantity');
    });

    it('reads a batch failing inspection as a quality dispute', () => {
      const text =
        'The parts of 104522 failed our incoming inspection: we are rejecting the batch.';
      expect(read(text).disputeCategory?.category).toBe('quality');
    });

    it('does not read a request for the price list as a price dispute', () => {
      expect(read('Pouvez-vous nous envoyer votre tarif 2027 ?').disputeCategory).toBeNull();
      expect(read('Le tarif appliqué sur 104522 est faux.').disputeCategory?.category).toBe(
        'price',
      );
    });

    it('reads a corrected invoice received with thanks as no dispute, even in a reply subject', () => {
      const reading = read('Got the corrected invoice, thanks. All fine now.', {
        subject: 'Re: Corrected invoice 104522',
      });
      expect(reading).toMatchObject({ intent: 'other', disputeCategory: null });
      expect(read('Still no corrected invoice for 104522: it is wrong.').intent).toBe('dispute');
    });

    it('does not see a dispute where the wording is negated', () => {
      const reading = read('Aucun problème de qualité. Nous réglerons demain.');
      expect(reading.disputeCategory).toBeNull();
      expect(reading.intent).toBe('promise');
    });

    it('takes the category that is not negated', () => {
      const reading = read('The goods are not damaged, but the price does not match our quote.');
      expect(reading.disputeCategory?.category).toBe('price');
    });

    it('reads a copy request ("duplicata", "a duplicate of") as a question, not a duplicate billing', () => {
      for (const text of [
        'Merci de nous transmettre un duplicata de la facture 104522.',
        'Could you send me a duplicate of FA-2026-0412 for our files?',
      ]) {
        const reading = read(text);
        expect(reading.disputeCategory).toBeNull();
        expect(reading.intent).toBe('other');
      }
    });

    it('still reads a duplicate invoice the customer received as a duplicate billing', () => {
      const reading = read('You sent us a duplicate invoice for the same delivery: 104522.');
      expect(reading.disputeCategory?.category).toBe('duplicate');
    });

    it('reads an invoice that must carry a purchase order as missing_po, not as a price quote', () => {
      for (const text of [
        'Invoices must show our purchase order reference; 104522 does not, please resend it.',
        'Merci de rééditer la facture 104522 en portant notre numéro de commande 7781.',
      ]) {
        expect(read(text).disputeCategory?.category).toBe('missing_po');
      }
    });

    it('reads a payment said done on a past date, against the reminder, as already paid', () => {
      const reading = read(
        'Je ne vois pas pourquoi vous relancez : la facture 104522 a été payée le 2 février, merci de mettre à jour vos écritures.',
      );
      expect(reading.disputeCategory?.category).toBe('already_paid');
      expect(reading.intent).toBe('dispute');
    });

    it('reads a payment made today with a request to update the account as a remittance', () => {
      const reading = read(
        'Nous avons réglé la facture 104522 aujourd’hui, merci de mettre à jour votre compte.',
      );
      expect(reading.disputeCategory).toBeNull();
      expect(reading.intent).toBe('remittance');
    });

    it('does not take what a negated dispute verb governs for a dispute', () => {
      const french = read(
        'Nous ne contestons pas la qualité, la facture 104522 sera réglée le 20.',
      );
      expect(french.disputeCategory).toBeNull();
      expect(french.intent).toBe('promise');
      expect(french.promisedDate?.date).toBe('2026-03-20');

      const english = read("We don't dispute the quantities. We'll pay 104522 on the 20th.");
      expect(english.disputeCategory).toBeNull();
      expect(english.intent).toBe('promise');
    });

    it('keeps the sentence of the dispute as evidence', () => {
      const reading = read('Bonjour,\nNous n’avons jamais reçu cette facture. Merci.');
      expect(reading.disputeCategory).toEqual({
        category: 'not_received',
        evidence: 'Nous n’avons jamais reçu cette facture.',
      });
    });
  });
});
