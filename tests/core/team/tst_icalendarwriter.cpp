// The iCalendar export of the on-call rota: RFC 5545 text escaping, folding at 75 octets that never
// splits a UTF-8 character, CRLF line ends, UIDs that stay the same across exports, and a calendar
// that a small independent parser reads back to the same events.

#include "team/ICalendarWriter.h"

#include <QStringDecoder>
#include <QTest>

using namespace csirtkit;

namespace {

struct ParsedEvent
{
    QString uid;
    QString summary;
    QString description;
    QString start;
    QString end;
    QString stamp;
};

struct Parsed
{
    QHash<QString, QString> calendar; // properties outside the events
    QList<ParsedEvent> events;
};

QString unescape(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != u'\\' || i + 1 == value.size()) {
            out += value.at(i);
            continue;
        }
        const QChar next = value.at(++i);
        out += next == u'n' || next == u'N' ? QChar(u'\n') : next;
    }
    return out;
}

// Unfolds (CRLF + space or tab), splits at CRLF, and unescapes every value.
Parsed parse(const QByteArray &ics)
{
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "").replace("\r\n\t", "");
    Parsed parsed;
    ParsedEvent *event = nullptr;
    for (const QByteArray &raw : unfolded.split('\n')) {
        if (raw.isEmpty())
            continue;
        const QString line = QString::fromUtf8(raw.chopped(1)); // drop the CR
        const qsizetype colon = line.indexOf(u':');
        const QString name = line.left(colon).section(u';', 0, 0);
        const QString value = unescape(line.mid(colon + 1));
        if (name == u"BEGIN" && value == u"VEVENT") {
            parsed.events.append(ParsedEvent());
            event = &parsed.events.last();
        } else if (name == u"END" && value == u"VEVENT") {
            event = nullptr;
        } else if (!event) {
            parsed.calendar.insert(name, value);
        } else if (name == u"UID") {
            event->uid = value;
        } else if (name == u"SUMMARY") {
            event->summary = value;
        } else if (name == u"DESCRIPTION") {
            event->description = value;
        } else if (name == u"DTSTART") {
            event->start = value;
        } else if (name == u"DTEND") {
            event->end = value;
        } else if (name == u"DTSTAMP") {
            event->stamp = value;
        }
    }
    return parsed;
}

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'");
}

bool validUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && !text.contains(QChar::ReplacementCharacter);
}

} // namespace

class TestICalendarWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textIsEscaped();
    void longLinesAreFoldedAtCharacterBoundaries();
    void calendarHasCrlfAndTheRequiredProperties();
    void rotaEventsHaveStableUidsAndReadBack();
};

void TestICalendarWriter::textIsEscaped()
{
    QCOMPARE(ICalendarWriter::escapeText(QStringLiteral("a\\b;c,d\ne")), QStringLiteral("a\\\\b\\;c\\,d\\ne"));
    QCOMPARE(ICalendarWriter::escapeText(QStringLiteral("one\r\ntwo\rthree")), QStringLiteral("one\\ntwo\\nthree"));
    QCOMPARE(ICalendarWriter::escapeText(QStringLiteral("tab\there\x01")), QStringLiteral("tab\there"));
    QCOMPARE(ICalendarWriter::escapeText(QStringLiteral("当番: 山田")), QStringLiteral("当番: 山田")); // colon stays
    const QString tricky = QStringLiteral("\\n is not a newline; but, this\nis");
    QCOMPARE(unescape(ICalendarWriter::escapeText(tricky)), tricky);
}

void TestICalendarWriter::longLinesAreFoldedAtCharacterBoundaries()
{
    QCOMPARE(ICalendarWriter::fold("SUMMARY:short"), QByteArray("SUMMARY:short"));
    const QByteArray exact(75, 'x');
    QCOMPARE(ICalendarWriter::fold(exact), exact);
    QCOMPARE(ICalendarWriter::fold(exact + 'y'), QByteArray(exact + "\r\n y"));

    const QByteArray ascii = "DESCRIPTION:" + QByteArray(200, 'a');
    const QList<QByteArray> asciiLines = ICalendarWriter::fold(ascii).split('\n');
    QCOMPARE(asciiLines.first().size(), 76); // 75 octets and the CR
    for (int i = 1; i < asciiLines.size(); ++i)
        QVERIFY(asciiLines.at(i).startsWith(' '));

    // Three-octet characters: a naive cut at 75 octets would land inside one.
    for (const QString &prefix : { QStringLiteral("SUMMARY:"), QStringLiteral("SUMMARY:a"), QStringLiteral("SUMMARY:ab") }) {
        const QByteArray line = QString(prefix + QStringLiteral("オンコール当番の引き継ぎ").repeated(12)).toUtf8();
        const QByteArray folded = ICalendarWriter::fold(line);
        QVERIFY(folded.size() > line.size());
        const QList<QByteArray> parts = folded.split('\n');
        QVERIFY(parts.size() > 3);
        for (int i = 0; i < parts.size(); ++i) {
            QByteArray part = parts.at(i);
            if (i + 1 < parts.size()) {
                QVERIFY(part.endsWith('\r'));
                part.chop(1);
            }
            QVERIFY2(part.size() <= 75, part.constData());
            if (i > 0) {
                QVERIFY(part.startsWith(' '));
                part.remove(0, 1);
            }
            QVERIFY2(validUtf8(part), qPrintable(QString::number(i)));
        }
        QByteArray unfolded = folded;
        QCOMPARE(unfolded.replace("\r\n ", ""), line);
    }
}

void TestICalendarWriter::calendarHasCrlfAndTheRequiredProperties()
{
    const QDateTime stamp(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);
    ICalendarEvent event;
    event.uid = QStringLiteral("one@example");
    event.startUtc = QDateTime(QDate(2025, 1, 6), QTime(9, 0), QTimeZone("Asia/Tokyo")); // converted to UTC
    event.endUtc = QDateTime(QDate(2025, 1, 13), QTime(0, 0), QTimeZone::UTC);
    event.summary = QStringLiteral("On call, all week; really");
    event.sequence = 3;
    const QByteArray ics = ICalendarWriter::write(QStringLiteral("CSIRT 当番表"), { event }, stamp);

    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(ics.count('\n'), ics.count("\r\n"));
    QCOMPARE(ics.count('\r'), ics.count("\r\n"));
    for (const QByteArray &line : ics.split('\n'))
        QVERIFY2(line.size() <= 76, line.constData());
    for (const char *expected : { "\r\nPRODID:-//CSIRT Kit//On-call rota//EN\r\n", "\r\nVERSION:2.0\r\n",
                                  "\r\nCALSCALE:GREGORIAN\r\n", "\r\nMETHOD:PUBLISH\r\n",
                                  "\r\nBEGIN:VEVENT\r\nUID:one@example\r\nDTSTAMP:20250102T030405Z\r\n"
                                  "DTSTART:20250106T000000Z\r\nDTEND:20250113T000000Z\r\n"
                                  "SUMMARY:On call\\, all week\\; really\r\nSEQUENCE:3\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\n" })
        QVERIFY2(ics.contains(expected), expected);
    QVERIFY(!ics.contains("DESCRIPTION")); // empty: left out
    QCOMPARE(parse(ics).calendar.value(QStringLiteral("X-WR-CALNAME")), QStringLiteral("CSIRT 当番表"));
    QCOMPARE(ICalendarWriter::write(QStringLiteral("Empty"), {}, stamp).count("BEGIN:VEVENT"), 0);
}

void TestICalendarWriter::rotaEventsHaveStableUidsAndReadBack()
{
    RotaRules rules; // weekly from Monday, handover 09:00
    const QTimeZone tokyo("Asia/Tokyo");
    QList<RotaShift> shifts = RotaPlanner::periods(rules, QDate(2025, 1, 6), QDate(2025, 1, 26));
    QCOMPARE(shifts.size(), 3);
    shifts[0].primary = 1;
    shifts[0].secondary = 2;
    shifts[1].primary = 3;
    shifts[1].secondary = 0; // no secondary: one event, no description
    shifts[2].primary = 2;
    shifts[2].secondary = 4; // not in `names`
    const QHash<qint64, QString> names = {
        { 1, QStringLiteral("Aiko; \"Ops\", \\team\\") },
        { 2, QStringLiteral("山田 太郎 (インシデント対応チーム・夜間および休日の一次受付担当)") },
        { 3, QStringLiteral("Chie\nSato") },
    };
    const QList<ICalendarEvent> events = ICalendarWriter::rotaEvents(rules, shifts, names, tokyo, QStringLiteral("ws-42"));
    QCOMPARE(events.size(), 5);
    QCOMPARE(events.at(0).uid, QStringLiteral("rota-20250106-primary@ws-42"));
    QCOMPARE(events.at(1).uid, QStringLiteral("rota-20250106-secondary@ws-42"));
    QCOMPARE(events.at(2).uid, QStringLiteral("rota-20250113-primary@ws-42"));
    QCOMPARE(events.at(0).summary, QString(QStringLiteral("On call (primary): ") + names.value(1)));
    QCOMPARE(events.at(0).description, QString(QStringLiteral("Secondary: ") + names.value(2)));
    QCOMPARE(events.at(1).summary, QString(QStringLiteral("On call (secondary): ") + names.value(2)));
    QCOMPARE(events.at(1).description, QString(QStringLiteral("Primary: ") + names.value(1)));
    QVERIFY(events.at(2).description.isEmpty());
    QVERIFY(events.at(4).summary.contains(QLatin1String("#4")));
    QCOMPARE(events.at(0).startUtc, QDateTime(QDate(2025, 1, 6), QTime(0, 0), QTimeZone::UTC));
    QCOMPARE(events.at(0).endUtc, QDateTime(QDate(2025, 1, 13), QTime(0, 0), QTimeZone::UTC));

    // A later export after a swap: the same UIDs, so calendars update instead of duplicating.
    QList<RotaShift> swapped = shifts;
    std::swap(swapped[0].primary, swapped[0].secondary);
    const QList<ICalendarEvent> again = ICalendarWriter::rotaEvents(rules, swapped, names, tokyo, QStringLiteral("ws-42"));
    QCOMPARE(again.size(), events.size());
    for (int i = 0; i < events.size(); ++i)
        QCOMPARE(again.at(i).uid, events.at(i).uid);
    QCOMPARE(again.at(0).summary, QString(QStringLiteral("On call (primary): ") + names.value(2)));

    const QDateTime firstStamp(QDate(2025, 1, 1), QTime(12, 0), QTimeZone::UTC);
    const QByteArray ics = ICalendarWriter::write(QStringLiteral("On-call rota"), events, firstStamp);
    const QByteArray later = ICalendarWriter::write(QStringLiteral("On-call rota"), again,
                                                    firstStamp.addDays(3));
    for (const QByteArray &line : ics.split('\n'))
        QVERIFY2(line.size() <= 76 && validUtf8(line), line.constData());

    const Parsed parsed = parse(ics);
    QCOMPARE(parsed.calendar.value(QStringLiteral("VERSION")), QStringLiteral("2.0"));
    QCOMPARE(parsed.calendar.value(QStringLiteral("X-WR-CALNAME")), QStringLiteral("On-call rota"));
    QCOMPARE(parsed.events.size(), events.size());
    for (int i = 0; i < events.size(); ++i) {
        const ParsedEvent &p = parsed.events.at(i);
        QCOMPARE(p.uid, events.at(i).uid);
        QCOMPARE(p.summary, events.at(i).summary);
        QCOMPARE(p.description, events.at(i).description);
        QCOMPARE(p.start, utc(events.at(i).startUtc));
        QCOMPARE(p.end, utc(events.at(i).endUtc));
        QCOMPARE(p.stamp, QStringLiteral("20250101T120000Z"));
    }
    const Parsed reparsed = parse(later);
    QCOMPARE(reparsed.events.size(), parsed.events.size());
    for (int i = 0; i < parsed.events.size(); ++i)
        QCOMPARE(reparsed.events.at(i).uid, parsed.events.at(i).uid);
    QCOMPARE(reparsed.events.at(0).summary, again.at(0).summary);
}

QTEST_GUILESS_MAIN(TestICalendarWriter)
#include "tst_icalendarwriter.moc"
