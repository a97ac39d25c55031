#include "reports/PeriodReport.h"

#include "incidents/TlpCeiling.h"
#include "incidents/Taxonomy.h"
#include "org/OrgProfileRepository.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceTimeZone.h"

#include "workspace/OutputTarget.h"
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <sqlite3.h>

namespace csirtkit {

namespace {

// The same figures as the Metrics page, so the report and the page agree.
PeriodReport::Durations durations(const std::vector<double> &hours)
{
    return IncidentMetrics::duration(QList<double>(hours.cbegin(), hours.cend()));
}

// Counts by a short stored key (category, class, priority): a handful of keys, found without allocating.
class Tally
{
public:
    void add(QByteArrayView key, qint64 n)
    {
        for (auto &[k, count] : m_entries)
            if (k == key) {
                count += n;
                return;
            }
        m_entries.append({ key.toByteArray(), n });
    }
    QMap<QString, qint64> map() const
    {
        QMap<QString, qint64> out;
        for (const auto &[key, count] : m_entries)
            out[QString::fromUtf8(key)] += count;
        return out;
    }

private:
    QList<std::pair<QByteArray, qint64>> m_entries;
};

QByteArrayView text(sqlite3_stmt *stmt, int column)
{
    return QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
        sqlite3_column_bytes(stmt, column));
}

// Seconds since the epoch of a stored UTC time ("2026-02-02T00:30:00.000Z"), read without QDateTime: this
// runs for every incident of the period. Other ISO forms go the slow way; empty (NULL) gives nothing.
std::optional<qint64> seconds(QByteArrayView t)
{
    const auto digits = [&](qsizetype at, qsizetype count) {
        int value = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return -1;
            value = value * 10 + (t[i] - '0');
        }
        return value;
    };
    if (t.isEmpty())
        return std::nullopt;
    if (t.size() >= 20 && t[4] == '-' && t[7] == '-' && t[10] == 'T' && t[13] == ':' && t[16] == ':'
        && t.back() == 'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const int h = digits(11, 2), m = digits(14, 2), s = digits(17, 2);
        if (date.isValid() && h >= 0 && m >= 0 && s >= 0)
            return date.toJulianDay() * 86400 + h * 3600 + m * 60 + s;
    }
    const QDateTime parsed = sql::fromUtcText(QString::fromUtf8(t)).toUTC();
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.date().toJulianDay() * 86400 + parsed.time().msecsSinceStartOfDay() / 1000;
}

Error badPeriod()
{
    return makeError(ErrorCode::Invalid,
        PeriodReport::tr("Choose a period with a first and a last day, the first not "
                         "after the last."));
}

} // namespace

Result<PeriodReport::Figures> PeriodReport::figures(Workspace &workspace, const Options &options)
{
    if (!options.from.isValid() || !options.to.isValid() || options.from > options.to)
        return badPeriod();
    const QString ceiling = options.tlpCeiling.trimmed().toUpper();
    if (!ceiling.isEmpty() && TlpCeiling::rank(ceiling) < 0)
        return makeError(ErrorCode::Invalid,
            tr("“%1” is not a TLP label. Use TLP:CLEAR, TLP:GREEN, TLP:AMBER, "
               "TLP:AMBER+STRICT or TLP:RED.")
                .arg(options.tlpCeiling));
    const QTimeZone zone = WorkspaceTimeZone::read(workspace);
    const auto startOf
        = [&](const QDate &day) { return sql::toUtcText(QDateTime(day, QTime(0, 0), zone)).toUtf8(); };
    Figures f;
    QByteArrayList
        monthEnds; // where each month ends in the workspace's zone, as UTC text like the stored times
    for (QDate month(options.from.year(), options.from.month(), 1); month <= options.to;
         month = month.addMonths(1)) {
        f.months.append({ month, 0, 0, 0, {} });
        monthEnds << startOf(std::min(month.addMonths(1), options.to.addDays(1)));
    }
    QByteArrayList allowed; // the TLP labels counted
    for (const TlpLabel &label : Taxonomy::instance().tlp())
        if (TlpCeiling::allows(ceiling, label.key))
            allowed << label.key.toUtf8();
    const QVariantList range { QString::fromUtf8(startOf(options.from)),
        QString::fromUtf8(monthEnds.last()) };

    // The created_utc index finds a short period fast; for a large part of the log, reading the table in
    // order is several times faster than looking each row up from the index.
    QSqlDatabase connection = workspace.db();
    auto inPeriod = sql::scalar(connection,
        QStringLiteral("SELECT count(*) FROM incident WHERE created_utc >= ? AND created_utc < ?"), range);
    auto total = sql::scalar(connection, QStringLiteral("SELECT count(*) FROM incident"));
    if (!inPeriod || !total)
        return inPeriod ? total.error() : inPeriod.error();
    const QString scan = inPeriod->toLongLong() * 4 > total->toLongLong() ? QStringLiteral("+") : QString();

    // One pass over the period's incidents; the times are parsed here, faster than SQLite's date functions.
    const QByteArray statement
        = QStringLiteral("SELECT created_utc, tlp, status, jpcert_category, rsit_class, priority, "
                         "status <> 'duplicate' AND EXISTS (SELECT 1 FROM communication c WHERE "
                         "c.incident_id = incident.id AND "
                         "c.direction = 'outgoing' AND c.organisation <> ''), detected_utc, "
                         "triaged_utc, contained_utc, resolved_utc FROM incident WHERE %1created_utc >= ? "
                         "AND %1created_utc < ?")
              .arg(scan)
              .toUtf8();
    sqlite3 *db = sql::handle(connection);
    sqlite3_stmt *stmt = nullptr;
    if (!db
        || sqlite3_prepare_v2(db, statement.constData(), int(statement.size()), &stmt, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Database,
            tr("The incidents of the period could not be counted: %1")
                .arg(db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString()));
    const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> guard(stmt, &sqlite3_finalize);
    const QByteArray from = range.at(0).toString().toUtf8();
    sqlite3_bind_text(stmt, 1, from.constData(), int(from.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, 2, monthEnds.last().constData(), int(monthEnds.last().size()), SQLITE_TRANSIENT);
    Tally byJpcert, byRsit, byPriority, openByPriority;
    QList<Tally> monthly(f.months.size());
    std::vector<double> hours[3];
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        // Counts reveal nothing about an incident: every one counts, whatever its label; the ceiling
        // only marks the report (and would govern details, which a period report does not show).
        if (!allowed.contains(text(stmt, 1)))
            ++f.aboveCeiling;
        const QByteArrayView created = text(stmt, 0);
        const auto end = std::upper_bound(monthEnds.cbegin(), monthEnds.cend(), created,
            [](QByteArrayView t, const QByteArray &monthEnd) { return t < monthEnd; });
        const qsizetype index = std::min<qsizetype>(end - monthEnds.cbegin(), f.months.size() - 1);
        Month &month = f.months[index];
        ++f.reports;
        ++month.reports;
        const QByteArrayView status = text(stmt, 2);
        if (status == "duplicate")
            continue;
        ++f.incidents;
        ++month.incidents;
        byJpcert.add(text(stmt, 3), 1);
        monthly[index].add(text(stmt, 3), 1);
        byRsit.add(text(stmt, 4), 1);
        byPriority.add(text(stmt, 5), 1);
        if (sqlite3_column_int(stmt, 6)) {
            ++f.coordinations;
            ++month.coordinations;
        }
        if (status == "new" || status == "triage" || status == "response") {
            ++f.open;
            openByPriority.add(text(stmt, 5), 1);
        } else {
            ++f.closed;
        }
        const std::optional<qint64> start = seconds(text(stmt, 7));
        for (int i = 0; i < 3; ++i) {
            const std::optional<qint64> reached = seconds(text(stmt, 8 + i));
            if (start && reached && *reached >= *start) // earlier: times entered out of order, not measured
                hours[i].push_back(double(*reached - *start) / 3600.0);
        }
    }
    if (rc != SQLITE_DONE)
        return makeError(ErrorCode::Database,
            tr("The incidents of the period could not be counted: %1")
                .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    f.byJpcert = byJpcert.map();
    f.byRsitClass = byRsit.map();
    f.byPriority = byPriority.map();
    f.openByPriority = openByPriority.map();
    for (qsizetype i = 0; i < f.months.size(); ++i)
        f.months[i].byJpcert = monthly.at(i).map();
    f.toTriage = durations(hours[0]);
    f.toContain = durations(hours[1]);
    f.toResolve = durations(hours[2]);
    return f;
}

namespace {

// JPCERT/CC categories in the taxonomy's order, then "none"; each with its colour in the chart.
QList<QString> categoryOrder()
{
    QList<QString> keys;
    for (const TaxonomyTerm &term : Taxonomy::instance().jpcertCategories())
        keys << term.key;
    return keys << QString();
}

QColor categoryColour(int index)
{
    static const QColor palette[]
        = { QColor(0x4E79A7), QColor(0xF28E2B), QColor(0xE15759), QColor(0x76B7B2), QColor(0x59A14F),
              QColor(0xEDC948), QColor(0xB07AA1), QColor(0xFF9DA7), QColor(0x9C755F), QColor(0xBAB0AC) };
    return palette[std::clamp(index, 0, int(std::size(palette)) - 1)];
}

QString categoryTitle(const QString &key, const QString &language)
{
    for (const TaxonomyTerm &term : Taxonomy::instance().jpcertCategories())
        if (term.key == key)
            return term.title.in(language);
    return PeriodReport::tr("Not classified");
}

// A round step for an axis up to `maximum` with about five lines: 1, 2 or 5 times a power of ten.
qint64 niceStep(qint64 maximum)
{
    const double raw = std::max<double>(1, double(maximum) / 5);
    const double power = std::pow(10, std::floor(std::log10(raw)));
    for (double factor : { 1.0, 2.0, 5.0, 10.0 })
        if (factor * power >= raw)
            return std::max<qint64>(1, qint64(factor * power));
    return qint64(10 * power);
}

} // namespace

QImage PeriodReport::chart(const Figures &f, const QString &language, const QSize &size)
{
    constexpr qreal Scale = 2; // pixels per point: sharp in print
    QImage image(size * Scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(Scale);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const DocumentBuilder format(language, QString(), QString(), QDate(), QString());
    QFont font = format.font();
    font.setPixelSize(12);
    p.setFont(font);
    const QFontMetricsF metrics(font, &image);
    const qreal line = metrics.height();

    QList<int> shown; // indexes into categoryOrder() that have incidents
    const QList<QString> order = categoryOrder();
    qreal legendWidth = 0;
    for (int i = 0; i < order.size(); ++i)
        if (f.byJpcert.value(order.at(i)) > 0) {
            shown << i;
            legendWidth
                = std::max(legendWidth, metrics.horizontalAdvance(categoryTitle(order.at(i), language)));
        }
    legendWidth = std::min(legendWidth + line * 1.6, size.width() * 0.35);
    qint64 maximum = 0;
    for (const Month &m : f.months)
        maximum = std::max(maximum, m.incidents);
    const qint64 step = niceStep(maximum);
    const qint64 top = std::max<qint64>(step, (maximum + step - 1) / step * step);
    const QRectF plot(metrics.horizontalAdvance(QString::number(top)) + line, 1.5 * line,
        size.width() - legendWidth - metrics.horizontalAdvance(QString::number(top)) - 2.5 * line,
        size.height() - 3.5 * line);
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.drawText(QRectF(0, 0, size.width() / 2.0, line), Qt::AlignLeft | Qt::AlignVCenter, tr("Incidents"));

    // Grid and axis labels.
    for (qint64 value = 0; value <= top; value += step) {
        const qreal y = plot.bottom() - plot.height() * double(value) / double(top);
        p.setPen(QPen(value == 0 ? QColor(0x55, 0x55, 0x55) : QColor(0xdd, 0xdd, 0xdd), 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(0, y - line / 2, plot.left() - line / 2, line), Qt::AlignRight | Qt::AlignVCenter,
            QString::number(value));
    }
    const qreal slot = plot.width() / std::max<qsizetype>(1, f.months.size());
    const qreal labelWidth = metrics.horizontalAdvance(format.month(QDate(2026, 12, 1))) + line;
    const int every = std::max(1, int(std::ceil(labelWidth / slot)));
    for (qsizetype i = 0; i < f.months.size(); ++i) {
        const Month &m = f.months.at(i);
        const qreal width = std::min(slot * 0.6, 3.0 * line);
        const QRectF column(
            plot.left() + slot * qreal(i) + (slot - width) / 2, plot.top(), width, plot.height());
        qreal y = plot.bottom();
        for (int index : std::as_const(shown)) {
            const qreal h = plot.height() * double(m.byJpcert.value(order.at(index))) / double(top);
            p.fillRect(QRectF(column.left(), y - h, width, h), categoryColour(index));
            y -= h;
        }
        if (i % every == 0) {
            p.setPen(QColor(0x33, 0x33, 0x33));
            p.drawText(QRectF(plot.left() + slot * qreal(i) + slot / 2 - labelWidth / 2,
                           plot.bottom() + line / 3, labelWidth, line),
                Qt::AlignHCenter | Qt::AlignTop, format.month(m.month));
        }
    }
    // Legend, top down as the bars stack top down.
    qreal y = plot.top();
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        const int index = *it;
        const qreal x = plot.right() + line;
        p.fillRect(QRectF(x, y + line * 0.2, line * 0.6, line * 0.6), categoryColour(index));
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QRectF(x + line, y, legendWidth - line, line), Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(categoryTitle(order.at(index), language), Qt::ElideRight, legendWidth - line));
        y += line * 1.3;
    }
    if (f.incidents == 0) {
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(plot, Qt::AlignCenter, tr("No incidents in this period."));
    }
    p.end();
    return image;
}

Result<DocumentBuilder> PeriodReport::document(
    Workspace &workspace, const Options &options, const QString &chartFileName)
{
    const DocumentBuilder::LanguageScope scope(options.language);
    auto figures = PeriodReport::figures(workspace, options);
    if (!figures)
        return figures.error();
    const Figures &f = *figures;
    auto organisation = OrgProfileRepository(workspace).value(OrgProfile::Field::Name);
    if (!organisation)
        return organisation.error();
    const QString language
        = options.language == QLatin1String("ja") ? options.language : QStringLiteral("en");
    const QString ceiling = options.tlpCeiling.trimmed().toUpper();
    const QDate date = options.date.isValid() ? options.date : QDate::currentDate();
    const DocumentBuilder format(language, QString(), QString(), date, QString());
    // Counts carry no incident's details: the report is marked with the ceiling, or AMBER (the log's
    // default).
    DocumentBuilder doc(language,
        tr("Incident statistics, %1 to %2").arg(format.date(options.from), format.date(options.to)),
        *organisation, date, ceiling.isEmpty() ? QStringLiteral("TLP:AMBER") : ceiling);
    doc.tlpBanner();
    doc.meta(tr("%1 · Period report of %2 · Days in %3")
                 .arg(*organisation, doc.date(date),
                     WorkspaceTimeZone::label(WorkspaceTimeZone::read(workspace))));
    const auto count = [&](qint64 n) { return doc.number(double(n)); };
    const auto share = [&](qint64 n) {
        return f.incidents ? tr("%1%").arg(doc.number(100.0 * double(n) / double(f.incidents), 1))
                           : QString();
    };

    doc.heading(tr("Overview"));
    doc.facts({ { tr("Reports received"), count(f.reports) },
        { tr("Incidents (duplicates merged)"), count(f.incidents) },
        { tr("Coordinations"), count(f.coordinations) }, { tr("Open"), count(f.open) },
        { tr("Closed"), count(f.closed) } });
    doc.meta(
        tr("Reports received: incidents logged in the period. Incidents: those reports not marked as "
           "duplicates; "
           "everything below counts these. Coordinations: incidents with an outgoing communication to an "
           "organisation. Open and closed: their status today."));
    if (f.aboveCeiling > 0)
        doc.meta(tr("The figures count every incident of the period, %1 of them labelled above %2; this report "
                    "names none of them.").arg(count(f.aboveCeiling), ceiling));

    QList<QStringList> rows;
    doc.heading(tr("Month by month"));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        doc.image(chart(f, language), chartFileName, tr("Incidents per month by JPCERT/CC category"), 660);
    else
        doc.meta(tr("The chart is left out: drawing it needs the graphical application."));
    rows.clear();
    for (const Month &m : f.months)
        rows << QStringList { doc.month(m.month), count(m.reports), count(m.incidents),
            count(m.coordinations) };
    doc.table({ tr("Month"), tr("Reports received"), tr("Incidents"), tr("Coordinations") },
        { 31, 23, 23, 23 }, rows, -1, 1);
    const Taxonomy &tax = Taxonomy::instance();
    doc.heading(tr("By JPCERT/CC category"));
    rows.clear();
    for (const QString &key : categoryOrder())
        if (!key.isEmpty() || f.byJpcert.value(key) > 0)
            rows << QStringList { categoryTitle(key, language), count(f.byJpcert.value(key)),
                share(f.byJpcert.value(key)) };
    doc.table({ tr("Category"), tr("Incidents"), tr("Share") }, { 60, 20, 20 }, rows, -1, 1);

    doc.heading(tr("By RSIT class"));
    rows.clear();
    for (const RsitClass &c : tax.rsit())
        rows << QStringList { c.term.title.in(language), count(f.byRsitClass.value(c.term.key)),
            share(f.byRsitClass.value(c.term.key)) };
    if (const qint64 none = f.byRsitClass.value(QString()); none > 0)
        rows << QStringList { tr("Not classified"), count(none), share(none) };
    doc.table({ tr("Class"), tr("Incidents"), tr("Share") }, { 60, 20, 20 }, rows, -1, 1);

    doc.heading(tr("By priority"));
    rows.clear();
    for (const TaxonomyTerm &priority : tax.priorities())
        rows << QStringList { priority.title.in(language), count(f.byPriority.value(priority.key)),
            count(f.openByPriority.value(priority.key)) };
    doc.table({ tr("Priority"), tr("Incidents"), tr("Open today") }, { 60, 20, 20 }, rows, -1, 1);

    doc.heading(tr("Time to respond"));
    doc.meta(tr("Hours from detection, for the incidents whose detection time is known."));
    const auto hours = [&](const Durations &d, double value) {
        return d.count ? tr("%1 h").arg(doc.number(value, 1)) : QString();
    };
    rows.clear();
    for (const auto &[label, d] : { std::pair { tr("To triage"), f.toTriage },
             std::pair { tr("To contain"), f.toContain }, std::pair { tr("To resolve"), f.toResolve } })
        rows << QStringList { label, count(d.count), hours(d, d.meanHours), hours(d, d.medianHours) };
    doc.table({ tr("Measure"), tr("Incidents"), tr("Mean"), tr("Median") }, { 40, 20, 20, 20 }, rows, -1, 1);

    return doc;
}

Result<QString> PeriodReport::markdown(
    Workspace &workspace, const Options &options, const QString &chartFileName)
{
    auto doc = document(workspace, options, chartFileName);
    if (!doc)
        return doc.error();
    return doc->markdown();
}

Result<void> PeriodReport::write(
    Workspace &workspace, const Options &options, Format format, const QString &path)
{
    const DocumentBuilder::LanguageScope scope(options.language);
    auto doc
        = document(workspace, options, QFileInfo(path).completeBaseName() + QStringLiteral("-chart.png"));
    if (!doc)
        return doc.error();
    return doc->write(format, path, workspace.filePath());
}

Result<void> PeriodReport::write(Workspace &workspace, const Options &options, const QString &path)
{
    const auto format = DocumentFormats::requireForPath(path);
    if (!format)
        return format.error();
    return write(workspace, options, format.value(), path);
}

Result<void> PeriodReport::writeChart(Workspace &workspace, const Options &options, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::Invalid,
            tr("Drawing the chart needs fonts, which are only available in the graphical "
               "application."));
    const DocumentBuilder::LanguageScope scope(options.language);
    auto figures = PeriodReport::figures(workspace, options);
    if (!figures)
        return figures.error();
    return OutputTarget::save(path, workspace.filePath(), [&](QIODevice &file) -> Result<void> {
        if (chart(*figures, options.language).save(&file, "PNG"))
            return {};
        return makeError(ErrorCode::Io,
            tr("The chart could not be saved as “%1” (%2). Check that the folder exists and "
               "is writable.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    });
}

} // namespace csirtkit
