#include "team/ICalendarWriter.h"

namespace csirtkit {

namespace {

constexpr qsizetype MaxLineOctets = 75; // RFC 5545 3.1, not counting the CRLF

void addLine(QByteArray &out, const QByteArray &line)
{
    out += ICalendarWriter::fold(line);
    out += "\r\n";
}

void addText(QByteArray &out, const char *name, const QString &value)
{
    addLine(out, QByteArray(name) + ':' + ICalendarWriter::escapeText(value).toUtf8());
}

} // namespace

QString ICalendarWriter::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\";
            break;
        case u';':
            out += u"\\;";
            break;
        case u',':
            out += u"\\,";
            break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i; // CRLF is one line break
            out += u"\\n";
            break;
        case u'\n':
            out += u"\\n";
            break;
        default:
            // TEXT allows no control characters but the tab (RFC 5545 3.3.11).
            if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f)
                break;
            out += c;
        }
    }
    return out;
}

QByteArray ICalendarWriter::fold(const QByteArray &line)
{
    if (line.size() <= MaxLineOctets)
        return line;
    QByteArray out;
    out.reserve(line.size() + line.size() / 37 + 3);
    qsizetype pos = 0;
    qsizetype room = MaxLineOctets; // the continuation lines lose one octet to the leading space
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Never cut inside a UTF-8 sequence: back up to the start of the character.
        while (cut > pos + 1 && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += QByteArrayView(line).sliced(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = MaxLineOctets - 1;
    }
    out += QByteArrayView(line).sliced(pos);
    return out;
}

QByteArray ICalendarWriter::utcStamp(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'").toLatin1();
}

QByteArray ICalendarWriter::write(const QString &name, const QList<ICalendarEvent> &events,
                                  const QDateTime &stampUtc)
{
    QByteArray out;
    out.reserve(256 + events.size() * 320);
    addLine(out, "BEGIN:VCALENDAR");
    addLine(out, "PRODID:-//CSIRT Kit//On-call rota//EN");
    addLine(out, "VERSION:2.0");
    addLine(out, "CALSCALE:GREGORIAN");
    addLine(out, "METHOD:PUBLISH");
    addText(out, "X-WR-CALNAME", name);
    const QByteArray stamp = utcStamp(stampUtc);
    for (const ICalendarEvent &e : events) {
        addLine(out, "BEGIN:VEVENT");
        addText(out, "UID", e.uid);
        addLine(out, "DTSTAMP:" + stamp);
        addLine(out, "DTSTART:" + utcStamp(e.startUtc));
        addLine(out, "DTEND:" + utcStamp(e.endUtc));
        addText(out, "SUMMARY", e.summary);
        if (!e.description.isEmpty())
            addText(out, "DESCRIPTION", e.description);
        addLine(out, "SEQUENCE:" + QByteArray::number(e.sequence));
        addLine(out, "TRANSP:OPAQUE");
        addLine(out, "END:VEVENT");
    }
    addLine(out, "END:VCALENDAR");
    return out;
}

QList<ICalendarEvent> ICalendarWriter::rotaEvents(const RotaRules &rules, const QList<RotaShift> &shifts,
                                                  const QHash<qint64, QString> &names, const QTimeZone &zone,
                                                  const QString &workspaceId)
{
    auto nameOf = [&names](qint64 id) {
        const QString n = names.value(id);
        return n.isEmpty() ? tr("person #%1").arg(id) : n;
    };
    QList<ICalendarEvent> events;
    events.reserve(shifts.size() * 2);
    for (const RotaShift &shift : shifts) {
        if (!shift.start.isValid())
            continue;
        // The UID depends only on the period and the role, so a re-export replaces the same events.
        const QString uidStem = QStringLiteral("rota-") + shift.start.toString(u"yyyyMMdd");
        const QString uidTail = u'@' + workspaceId;
        ICalendarEvent e;
        e.startUtc = RotaPlanner::dutyStartUtc(rules, shift, zone);
        e.endUtc = RotaPlanner::dutyEndUtc(rules, shift, zone);
        if (shift.primary != 0) {
            ICalendarEvent primary = e;
            primary.uid = uidStem + u"-primary" + uidTail;
            primary.summary = tr("On call (primary): %1").arg(nameOf(shift.primary));
            if (shift.secondary != 0)
                primary.description = tr("Secondary: %1").arg(nameOf(shift.secondary));
            events.append(primary);
        }
        if (shift.secondary != 0) {
            ICalendarEvent secondary = e;
            secondary.uid = uidStem + u"-secondary" + uidTail;
            secondary.summary = tr("On call (secondary): %1").arg(nameOf(shift.secondary));
            if (shift.primary != 0)
                secondary.description = tr("Primary: %1").arg(nameOf(shift.primary));
            events.append(secondary);
        }
    }
    return events;
}

} // namespace csirtkit
