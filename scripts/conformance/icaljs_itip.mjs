// ical.js (npm) reading an emailed invitation the way Thunderbird's calendar does.
// Usage: node icaljs_itip.mjs < invitation.ics
// Prints {"method", "events": [{"uid", "sequence", "status", "summary", "start", "end", "recurrence_id"}]}
// with "start"/"end" as UTC instants (ISO 8601, Z); a calendar ical.js cannot read prints {"error"}.
import fs from "node:fs";
import ICAL from "ical.js";

function instant(time) {
  return time ? time.toJSDate().toISOString().replace(".000Z", "Z") : null;
}

try {
  const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(0, "utf8")));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(zone);
  }
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: vevent.getFirstPropertyValue("status"),
      summary: event.summary,
      start: instant(event.startDate),
      end: instant(event.endDate),
      recurrence_id: event.recurrenceId ? instant(event.recurrenceId) : null,
    };
  });
  console.log(JSON.stringify({ method: calendar.getFirstPropertyValue("method"), events }));
} catch (error) {
  console.log(JSON.stringify({ error: String(error) }));
}
