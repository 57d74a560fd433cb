// The requests a member raised: those whose own words name them as the one asking ("Councillor
// S Gray asked that ...", "at the request of Cllr Gray", "raised by Mrs Hanson"). Most requests
// are the board's ("The Board requested ..."): they are no one member's, and are not listed here.
import { personKey, samePerson } from '../answers/attendance/people.ts';
import type { Request } from '../model.ts';
import type { Store } from '../store/store.ts';

// A person as minutes name them: a title, up to three initials, a surname. Single spaces: the
// record keeps a request's words with their white space as printed, so they are folded first.
const PERSON = String.raw`(?:Councillor|Cllr\.?|Mrs|Mr|Ms|Miss|Dr) (?:[A-Z]\.? ?){0,3}[A-Z][A-Za-z'’-]{1,30}`;
const ASKED_BY_NAME = new RegExp(String.raw`\b(${PERSON}) (?:had |also |further )?(?:asked|requested|sought|raised|suggested|proposed|queried|enquired|called for)\b`, 'g');
const AT_REQUEST_OF = new RegExp(String.raw`\b(?:[Aa]t the request of|[Rr]aised by|[Rr]equested by|[Pp]roposed by|[Ss]uggested by) (${PERSON})`, 'g');

/** The people a request's words name as asking for it. */
export function askersOf(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  const names: string[] = [];
  for (const pattern of [ASKED_BY_NAME, AT_REQUEST_OF]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(flat); m; m = pattern.exec(flat)) names.push(m[1]!);
  }
  return names;
}

/** The record's requests that `name` raised, oldest meeting first. */
export function requestsRaisedBy(record: Store, name: string): Request[] {
  const key = personKey(name);
  if (!key) return [];
  const meetingDate = (r: Request) => record.meeting(r.meetingId)?.date ?? '';
  return record
    .record()
    .requests.filter((r) => askersOf(r.text).some((asker) => samePerson(key, asker)))
    .sort((a, b) => meetingDate(a).localeCompare(meetingDate(b)));
}
