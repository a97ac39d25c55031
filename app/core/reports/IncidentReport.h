#pragma once

#include "common/Result.h"
#include "documents/DocumentBuilder.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <optional>

namespace csirtkit {

class Workspace;

// One incident as a document: identifier and title, the TLP banner, classification, priority and
// status, times in the workspace's time zone with durations, summary, journal, tasks, communications,
// observables (defanged), evidence with custody, lessons learned. Sections can be left out; an
// incident above the TLP ceiling is refused, communications above it are left out.
class IncidentReport
{
    Q_DECLARE_TR_FUNCTIONS(IncidentReport)

public:
    using Format = DocumentBuilder::Format;
    enum class Section {
        Classification,
        Times,
        Summary,
        Journal,
        Tasks,
        Communications,
        Observables,
        Evidence,
        Lessons,
        Notifications, // obligations, their deadlines and what was sent
        Artefacts
    };
    static QList<Section> sections();
    static QString sectionKey(Section section); // "journal" (for the command line)
    static std::optional<Section> sectionFromKey(const QString &key);
    static QString sectionTitle(Section section);

    struct Options
    {
        QString language = QStringLiteral("en"); // "en" or "ja": labels, content texts, dates
        QString tlpCeiling; // empty: none
        QSet<Section> leaveOut;
        QDate date; // the report date; invalid: today
    };

    static Result<DocumentBuilder> document(Workspace &workspace, qint64 incidentId, const Options &options);
    static Result<QString> markdown(Workspace &workspace, qint64 incidentId, const Options &options);
    // Writes atomically (the file appears only when complete). PDF and ODT need a QGuiApplication.
    static Result<void> write(
        Workspace &workspace, qint64 incidentId, const Options &options, Format format, const QString &path);
    // The same with the format taken from the file name's suffix.
    static Result<void> write(
        Workspace &workspace, qint64 incidentId, const Options &options, const QString &path);
};

} // namespace csirtkit
