#!/usr/bin/python3
"""Reads an iCalendar file with Python's icalendar, checks it, and expands it with recurring_ical_events.

Usage: check_ics.py FILE FROM TO (ISO dates, inclusive). Prints one line per occurrence,
"UID DATE" for all-day events and "UID YYYY-MM-DDTHH:MMZ" (UTC) for timed ones, sorted.
Exits 1 with the reasons on stderr when the file has errors or lacks a required property.
"""
import datetime
import sys

import icalendar
import recurring_ical_events


def main():
    path, first, last = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    problems = []
    for component in calendar.walk():
        if component.errors:
            problems.append(f"{component.name}: {component.errors}")
    for required in ("PRODID", "VERSION"):
        if required not in calendar:
            problems.append(f"VCALENDAR lacks {required}")
    for event in calendar.walk("VEVENT"):
        for required in ("UID", "DTSTAMP", "DTSTART"):
            if required not in event:
                problems.append(f"VEVENT {event.get('UID', '?')} lacks {required}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1

    start = datetime.date.fromisoformat(first)
    stop = datetime.date.fromisoformat(last) + datetime.timedelta(days=1)
    lines = []
    for event in recurring_ical_events.of(calendar).between(start, stop):
        when = event["DTSTART"].dt
        if isinstance(when, datetime.datetime):
            if when.tzinfo is None:
                print(f"floating time in {event['UID']}", file=sys.stderr)
                return 1
            when = when.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%MZ")
        else:
            when = when.isoformat()
        lines.append(f"{event['UID']} {when}")
    print("\n".join(sorted(lines)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
