// ical.js (npm) reading calendar files the way Thunderbird and web calendars do.
// Usage: node icaljs_expand.mjs request.json > occurrences.json
// request: {"files": {"<name>": "<path>"}, "from": "<ISO>", "until": "<ISO>"}
// Prints {"<name>": [{"uid", "recurrence_id", "start", "date", "status"}, …]} or {"<name>": {"error"}}.
// "start" is the UTC instant (ISO 8601, Z) of a timed occurrence; "date" the day of an all-day one.
import fs from "node:fs";
import ICAL from "ical.js";

const request = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const from = new Date(request.from);
const until = new Date(request.until);

function moment(time) {
  return time.isDate ? { date: time.toString() } : { start: time.toJSDate().toISOString().replace(".000Z", "Z") };
}

function expand(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(zone);
  }
  const byUid = new Map();
  for (const vevent of calendar.getAllSubcomponents("vevent")) {
    const uid = vevent.getFirstPropertyValue("uid");
    if (!byUid.has(uid)) byUid.set(uid, { master: null, exceptions: [] });
    const entry = byUid.get(uid);
    if (vevent.hasProperty("recurrence-id")) entry.exceptions.push(vevent);
    else entry.master = vevent;
  }
  const found = [];
  for (const [uid, { master, exceptions }] of byUid) {
    if (!master) {
      for (const vevent of exceptions) {
        const event = new ICAL.Event(vevent);
        found.push({ uid, recurrence_id: event.recurrenceId.toJSDate().toISOString(), ...moment(event.startDate), status: vevent.getFirstPropertyValue("status") });
      }
      continue;
    }
    const event = new ICAL.Event(master);
    for (const vevent of exceptions) event.relateException(vevent);
    if (!event.isRecurring()) {
      found.push({ uid, recurrence_id: null, ...moment(event.startDate), status: master.getFirstPropertyValue("status") });
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(), n = 0; next && n < 5000; next = iterator.next(), n++) {
      if (next.toJSDate() > until) break;
      const details = event.getOccurrenceDetails(next);
      found.push({
        uid,
        recurrence_id: details.recurrenceId.toJSDate().toISOString(),
        ...moment(details.startDate),
        status: details.item.component.getFirstPropertyValue("status"),
      });
    }
  }
  return found.filter((o) => !o.start || (new Date(o.start) >= from && new Date(o.start) <= until));
}

const report = {};
for (const [name, path] of Object.entries(request.files)) {
  try {
    report[name] = expand(fs.readFileSync(path, "utf8"));
  } catch (error) {
    report[name] = { error: String(error) };
  }
}
process.stdout.write(JSON.stringify(report));
