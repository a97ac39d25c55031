#pragma once

#include "common/Result.h"
#include "exchange/ExchangeTypes.h"
#include "incidents/Observable.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

class QIODevice;

namespace csirtkit {

class Workspace;

// Incidents as a STIX 2.1 bundle: the organisation as an `identity`; per incident an `incident` SDO
// (x_csirtkit_ properties for identifier, status, priority, RSIT and JPCERT/CC), its observables as
// cyber-observable objects in one `observed-data` and as `indicator`s with STIX patterns (CVEs as
// `vulnerability`, free text as a `note`), all tied to the incident by `relationship`s; every object
// marked with the incident's TLP 2.0 marking definition exactly as OASIS publishes it. Ids are UUIDv5
// (observables: the STIX namespace over their ID-contributing properties, as the spec says; everything
// else: the workspace id as namespace) and times come from the records, so exporting twice gives the
// same bytes.
class StixExporter
{
    Q_DECLARE_TR_FUNCTIONS(StixExporter)

public:
    struct Bundle
    {
        QJsonObject json;
        ExportSummary summary;
    };

    // The bundle for `scope`: incidents above its TLP ceiling are left out (and named in the summary).
    static Result<Bundle> bundle(Workspace &workspace, const ExportScope &scope);
    // The same, written to `out` (open for writing) as indented UTF-8 JSON.
    static Result<ExportSummary> write(Workspace &workspace, const ExportScope &scope, QIODevice &out);
    // The same into the file `path`, through OutputTarget's check and a temporary file, like the
    // other exporters' exportTo().
    static Result<ExportSummary> exportTo(Workspace &workspace, const ExportScope &scope, const QString &path);

    // STIX's namespace for cyber-observable ids (STIX 2.1, 2.9).
    static QUuid observableNamespace();
    // The id of an observable object of `type` whose ID-contributing properties are `properties`.
    static QString observableId(const QString &type, const QJsonObject &properties);
    // The STIX pattern for an observable ("[ipv4-addr:value = '192.0.2.1']"); empty for CVEs and text.
    static QString pattern(Observable::Type type, const QString &value);
    // A string literal for a pattern: quotes and backslashes escaped, in single quotes.
    static QString patternString(const QString &value);
    // The TLP 2.0 marking definition for a label ("TLP:AMBER"), exactly as published; empty if unknown.
    static QJsonObject markingDefinition(const QString &tlp);
    static QString markingId(const QString &tlp);
    static QString tlpExtensionId();
    // "2026-11-22T17:05:00.000Z"
    static QString timestamp(const QDateTime &time);
    // RFC 8785 (JSON canonicalisation) of the string, arrays and objects that STIX ids are made from.
    static QByteArray canonicalJson(const QJsonValue &value);
};

} // namespace csirtkit
