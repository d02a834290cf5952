import { describe, expect, it } from 'vitest';
import { signIds } from './helpers';

/**
 * Every sign, in English: phrases that must show it and near-misses that must not.
 * All examples are made up for these tests.
 */
const CASES: readonly (readonly [sign: string, matches: readonly string[], nearMisses: readonly string[]])[] =
  [
    [
      'upfront-fee',
      [
        'You must pay a registration fee of £50 before you start.',
        'A small processing fee is charged to applicants.',
      ],
      [
        'We never charge a fee.',
        'No fees for candidates, ever.',
        'There is no registration fee.',
        'We do not charge any fees to workers.',
        'Feel free to apply today.',
        'Please send your feedback to the team.',
        'We pay referral fees to staff.',
      ],
    ],
    [
      'deposit-required',
      [
        'A refundable deposit of 300 EUR is required to hold your place.',
        'Pay a security deposit before travel.',
      ],
      ['Wages are paid by direct deposit every Friday.', 'No deposit is needed.'],
    ],
    [
      'agent-commission',
      ['You pay a commission to the agent before departure.', 'The agency fee is 400 euro.'],
      ['Basic salary plus commission.', 'Commission based sales role with uncapped earnings.'],
    ],
    [
      'pay-for-training-or-kit',
      ['You must buy a starter kit for $99.', 'Training is at your own expense.'],
      ['Free training is provided.', 'We provide all equipment.'],
    ],
    [
      'debt-repaid-from-wages',
      [
        'Your flight ticket will be deducted from your first salary.',
        'Repay the travel costs when you start earning.',
      ],
      ['We pay for your flights.', 'Travel costs are covered by the company.'],
    ],
    [
      'wages-withheld',
      ['Your wages are withheld until the end of the season.', 'We hold your first salary as security.'],
      ['Wages are paid weekly by bank transfer.'],
    ],
    [
      'documents-kept',
      ['We will keep your passport during the contract.', 'You must hand over your passport on arrival.'],
      ['Bring your passport to the interview.', 'Your documents stay with you.'],
    ],
    [
      'personal-data-upfront',
      [
        'Please send your bank account details and date of birth.',
        'Provide your social security number to apply.',
      ],
      ['Experience with bank reconciliations is a plus.', 'You will open accounts for customers.'],
    ],
    [
      'no-written-contract',
      ['Work without a contract, paid daily.', 'No contract needed, start tomorrow.'],
      ['We offer a written contract.', 'We never employ anyone without a contract.'],
    ],
    [
      'contract-on-arrival',
      ['The contract will be signed on arrival.', 'You sign the contract when you arrive there.'],
      ['You will sign your contract before you travel.'],
    ],
    [
      'hostess-massage-high-pay',
      ['Hostess wanted for a club abroad, very high salary.', 'Massage girls needed, flights paid.'],
      ['Massage therapist for a spa in Leeds.', 'Restaurant host needed for evenings.'],
    ],
    [
      'id-requested-upfront',
      ['Send a scan of your passport to apply.', 'Email a copy of your ID card with your CV.'],
      ['Bring your ID on your first day.'],
    ],
    [
      'deducted-from-wages',
      ['Accommodation is deducted from your wages.', 'Transport costs are taken from your pay.'],
      ['Tax is deducted at source.'],
    ],
    [
      'housing-provided',
      ['Free accommodation provided.', 'Room and board included.'],
      ['We do not provide accommodation.', 'Accommodation is not provided.'],
    ],
    [
      'transport-provided',
      ['Free transport to the farm.', 'Transport is provided from the town.'],
      ['Own transport essential.'],
    ],
    [
      'lives-on-site',
      ['Live-in nanny position with a family.', 'Living on site is required.'],
      ['You must live in Manchester or nearby.'],
    ],
    [
      'cash-no-payslip',
      ['Paid cash in hand every day.', 'Wages are paid in cash, no payslips.'],
      ['Experience with cash handling is needed.', 'Payslips and holiday pay provided.'],
    ],
    [
      'excessive-hours',
      ['You will work 14 hours a day.', 'Working 7 days a week, no days off.'],
      ['We are open 7 days a week.', 'A 12 hour week with flexible hours.'],
    ],
    [
      'unpaid-trial',
      ['The first week is an unpaid trial.', 'Unpaid training for new starters.'],
      ['Paid training from day one.'],
    ],
    [
      'no-permit-needed',
      ['No papers needed, start tomorrow.', 'No work permit required.'],
      ['A valid work permit is required.'],
    ],
    [
      'targets-nationality',
      ['Romanian workers only.', 'Only Filipino candidates.'],
      ['Fluent Polish is an advantage.'],
    ],
    [
      'targets-gender-age',
      ['Only girls aged 18-25.', 'Young ladies wanted for promotions.'],
      ['We welcome applicants of any age and gender.'],
    ],
    [
      'cheque-handling',
      [
        'Receive payments into your personal account and send them on.',
        'Transfer the money via Western Union.',
      ],
      ['Process supplier invoices and payments.', 'Deposit checks at the bank for the office.'],
    ],
    [
      'reshipping',
      ['Receive packages at your home address and reship them.', 'Parcel forwarding agent needed.'],
      ['Warehouse picker packing parcels for customers.'],
    ],
    [
      'visa-guaranteed',
      ['Visa guaranteed in 10 days.', 'You can work on a tourist visa.'],
      ['Visa sponsorship is available for this role.'],
    ],
    [
      'visa-fee',
      ['The visa fee of 800 EUR is paid by the candidate.', 'Certificate of sponsorship for sale.'],
      ['We cover all visa fees.', 'Visa fees are reimbursed.'],
    ],
    [
      'no-experience-high-pay',
      ['No experience needed, high salary!', 'No experience required. Earn up to £900 a week.'],
      ['No experience needed, full training given.'],
    ],
    [
      'pay-far-above-norm',
      ['Earn €3,000 per week.', 'Pay: $80 per hour.'],
      ['Salary €30,000 per year.', 'Pay £11 per hour.'],
    ],
    ['easy-money', ['Easy money from home.', 'Make money online today.'], ['Hard work, fair pay.']],
    [
      'no-language-needed',
      ['No English required.', 'You do not need to speak the language: no language skills needed.'],
      ['Fluent English required.'],
    ],
    [
      'job-guaranteed',
      ['Job guaranteed, no interview.', 'Guaranteed employment for all applicants.'],
      ['Successful candidates will be invited to interview.'],
    ],
    [
      'travel-arranged',
      ['Free flights and we arrange your travel.', 'Tickets paid by the agency.'],
      ['Travel within the UK may be required.'],
    ],
    [
      'home-data-entry',
      ['Typing jobs, paid weekly.', 'Data entry from home, flexible hours.'],
      ['Data entry clerk in our Leeds office.'],
    ],
    [
      'overseas-online-job-lure',
      ['Customer service job in Cambodia, flights paid.'],
      ['Customer service job in Dublin city centre.'],
    ],
    [
      'messaging-app-contact',
      ['Contact us on WhatsApp.', 'Message us on Telegram.'],
      ['Contact us through our website.'],
    ],
    [
      'personal-email-contact',
      ['Send your CV to jobs.uk.2024@gmail.com today.'],
      ['Send your CV to careers@acme-example.com today.'],
    ],
    [
      'mobile-only-contact',
      ['Call 07700 900123 for details.'],
      ['Call 07700 900123 or apply at https://acme.example/jobs today.'],
    ],
    ['urgency-pressure', ['Urgent! Limited places.', 'Start immediately.'], ['Start date is flexible.']],
    [
      'no-named-employer',
      ['We are recruiting on behalf of our client.'],
      ['We are recruiting for our own shop.'],
    ],
  ];

describe('English phrases, per sign', () => {
  for (const [sign, matches, nearMisses] of CASES) {
    describe(sign, () => {
      for (const text of matches) {
        it(`finds it in “${text}”`, () => {
          expect(signIds(text)).toContain(sign);
        });
      }
      for (const text of nearMisses) {
        it(`does not find it in “${text}”`, () => {
          expect(signIds(text)).not.toContain(sign);
        });
      }
    });
  }

  it('covers every sign the rules can report', async () => {
    const { AD_SIGNS } = await import('../../../shared/content/rules/signs');
    const covered = new Set(CASES.map(([sign]) => sign));
    const missing = AD_SIGNS.map((s) => s.id).filter(
      (id) => !covered.has(id) && id !== 'wording-like-scam-ads',
    );
    expect(missing).toEqual([]);
  });

  it('drops "our client" when the employer is named', () => {
    expect(
      signIds({ text: 'We are recruiting on behalf of our client.', employer: 'Acme Ltd' }),
    ).not.toContain('no-named-employer');
  });
});
