// Promises the minutes record without a label: a matter someone will look into (in either voice), an owner's word
// that they will do a task, letters to be sent, a note for the next agenda and an invitation to future meetings;
// each beside a near miss that asks nothing.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const requests = (text: string) => extractMinuteContent(text).requests.map((r) => r.text);

describe('promises recorded in the minutes', () => {
  it('reads a matter someone will look into, whoever gives their word', () => {
    expect(requests('The water company has confirmed they will look into the low pressure and let the clerk know.')).toHaveLength(1);
    expect(requests('Bus shelter - RK would pursue the broken panel with the operator.')).toHaveLength(1);
    // What a review or a strategy will look at, and someone who did not, ask nothing.
    expect(requests('The new parking strategy will look at charges in the district centres.')).toEqual([]);
    expect(requests('The operator said it would not look into the timetable again this year.')).toEqual([]);
  });

  it('reads the same promise in the passive, not what only needs doing', () => {
    expect(requests('How the hall keys are held was to be looked at before the autumn.')).toHaveLength(1);
    expect(requests('The Manager said that the missed collections would be looked into.')).toHaveLength(1);
    expect(requests('The footbridge needs to be looked at.')).toEqual([]);
  });

  it("reads an owner's word that they will do a task, not a wish or a state", () => {
    expect(requests('The clerk would query the invoice with the lighting contractor.')).toHaveLength(1);
    expect(requests('Keys - RK will collect the spare set from the hall committee.')).toHaveLength(1);
    expect(requests('The clerk would like to thank the volunteers for the litter pick.')).toEqual([]);
    expect(requests('The Clerk would be on leave during August.')).toEqual([]);
  });

  it('reads letters to be sent, a note for the next agenda and an invitation to future meetings', () => {
    expect(requests('Letters to be sent to the two grant applicants.')).toHaveLength(1);
    expect(requests('For agenda at next meeting, the winter gritting rota.')).toHaveLength(1);
    expect(requests('Members agreed to invite the Cabinet Member for Housing to future meetings of the Panel.')).toHaveLength(1);
    // Letters already sent, and an agenda already held, ask nothing.
    expect(requests('Letters had been sent to the two grant applicants in June.')).toEqual([]);
    expect(requests('The agenda for the last meeting had been posted late.')).toEqual([]);
  });

  it('reads a promise reported in the minute\'s words, not a view or a cost', () => {
    expect(requests('Councillor Adeyemi said he would clear the fallen branches from the path.')).toHaveLength(1);
    expect(requests('The operator confirmed that she would raise the late buses with the depot.')).toHaveLength(1);
    expect(requests('Councillor Adeyemi said he would welcome a new bench.')).toEqual([]);
    expect(requests('The contractor said it would cost £400 to replace the gate.')).toEqual([]);
  });

  it('reads a task set on someone in the passive, and what is to be requested', () => {
    expect(requests('The clerk was asked to obtain two quotes for the fence.')).toHaveLength(1);
    expect(requests('Mrs Okoro was asked to trim the hedge by the hall.')).toHaveLength(1);
    expect(requests('Lengthsman to be asked to clear the ditch by the church.')).toHaveLength(1);
    expect(requests('New dog bin signs to be requested.')).toHaveLength(1);
    // The board asked to note something asks nothing of anyone.
    expect(requests('Members were asked to note the gritting map.')).toEqual([]);
  });

  it('reads owners named together, and advice or quotes the council agreed to seek', () => {
    expect(requests('RT, KL and the clerk would walk the new footpath with the ranger.')).toHaveLength(1);
    expect(requests('Coun Ames and the clerk are to meet the allotment holders.')).toHaveLength(1);
    expect(requests('It was agreed to seek advice from the county archaeologist.')).toHaveLength(1);
    expect(requests('Councillors agreed to obtain quotes for resurfacing the car park.')).toHaveLength(1);
    // Two people thanked, and something agreed that is no paper, ask nothing.
    expect(requests('Cllr Ames and Cllr Okoro to the playing field trust were thanked.')).toEqual([]);
    expect(requests('It was agreed to obtain the land from the estate next year.')).toEqual([]);
  });

  it('reads a decision setting the clerk or a councillor a task with the verb in "-s", and quotes it resolved to obtain', () => {
    expect(requests('It was RESOLVED that the Clerk writes to the drainage board about the culvert.')).toHaveLength(1);
    expect(requests('Members agreed that Councillor Hale contacts the school about parking.')).toHaveLength(1);
    expect(requests('RESOLVED to obtain three quotations for the new noticeboard.')).toHaveLength(1);
    // The chair writing alone on the council's behalf is the council's own act; a thank-you asks nothing.
    expect(requests('It was RESOLVED that the Chairman writes to Mrs Ibbotson thanking her for her service.')).toEqual([]);
    expect(requests('RESOLVED to obtain the consent of the landowner before the works.')).toEqual([]);
  });
});
