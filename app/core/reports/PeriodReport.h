#pragma once

#include "documents/DocumentBuilder.h"
#include "reports/IncidentMetrics.h"

#include <QImage>
#include <QMap>

namespace csirtkit {

class Workspace;

// The incident log over a date range, in the style of JPCERT/CC's quarterly report: reports received,
// incidents (duplicates merged), coordinations; counts by JPCERT/CC category, RSIT class and priority;
// open and closed; mean and median time to triage, contain and resolve; a month-by-month table and a
// chart of monthly incidents by category. Figures come from SQL aggregates over the incident table
// (its created_utc index), so a report over 100 000 incidents takes well under a second.
class PeriodReport
{
    Q_DECLARE_TR_FUNCTIONS(PeriodReport)

public:
    using Format = DocumentBuilder::Format;

    struct Options
    {
        QDate from; // first and last day, inclusive, in the workspace's time zone
        QDate to;
        QString language = QStringLiteral("en");
        QString tlpCeiling; // the report's label (empty: TLP:AMBER); every incident counts whatever its label
        QDate date; // the report date; invalid: today
    };

    // Incidents that reached a milestone, and the mean and median hours from detection to it.
    using Durations = IncidentMetrics::Duration;

    struct Month
    {
        QDate month; // its first day
        qint64 reports = 0;
        qint64 incidents = 0;
        qint64 coordinations = 0;
        QMap<QString, qint64> byJpcert;
    };

    // What the report counts. Every incident logged (created) in the period is a report received;
    // the incidents are the reports not marked as duplicates, and everything below counts those.
    struct Figures
    {
        qint64 reports = 0;
        qint64 incidents = 0;
        qint64 coordinations = 0; // incidents with an outgoing communication to an organisation
        qint64 open = 0; // new, triage or response today
        qint64 closed = 0; // resolved, closed or rejected
        qint64 aboveCeiling = 0; // logged in the period and labelled above the TLP ceiling (counted too)
        QMap<QString, qint64> byJpcert; // category key ('' for none) → incidents
        QMap<QString, qint64> byRsitClass;
        QMap<QString, qint64> byPriority;
        QMap<QString, qint64> openByPriority;
        // From detection to each milestone, over the incidents with both times (like IncidentMetrics).
        Durations toTriage;
        Durations toContain;
        Durations toResolve;
        QList<Month> months; // every month the period touches, in order
    };

    static Result<Figures> figures(Workspace &workspace, const Options &options);
    // Monthly incidents as bars stacked by JPCERT/CC category, with axis and legend; `size` in pixels
    // (drawn at twice the resolution for print). Needs a QGuiApplication (fonts).
    static QImage chart(const Figures &figures, const QString &language, const QSize &size = QSize(660, 330));

    // The report; the chart is embedded (HTML, PDF, ODT) or, for Markdown, linked as `chartFileName`.
    static Result<DocumentBuilder> document(
        Workspace &workspace, const Options &options, const QString &chartFileName);
    static Result<QString> markdown(
        Workspace &workspace, const Options &options, const QString &chartFileName);
    // Writes atomically; Markdown gets its chart beside it as "<name>-chart.png".
    static Result<void> write(
        Workspace &workspace, const Options &options, Format format, const QString &path);
    static Result<void> write(Workspace &workspace, const Options &options, const QString &path); // by suffix
    // The chart alone as a PNG file.
    static Result<void> writeChart(Workspace &workspace, const Options &options, const QString &path);
};

} // namespace csirtkit
