#pragma once

#include "common/Result.h"
#include "exchange/ExchangeTypes.h"
#include "incidents/Observable.h"

#include <QCoreApplication>
#include <QUuid>

#include <functional>
#include <optional>

class QIODevice;

namespace csirtkit {

class Workspace;

// Incidents as MISP events in the MISP core format (draft-dulaunoy-misp-core-format; see
// docs/exchange-json.md, "MISP"): the title as `info`, observables as attributes with MISP's types
// and categories, the TLP as a `tlp:` tag of the TLP 2.0 taxonomy and the classification as an
// `rsit:` machine tag. One incident is written as {"Event": …}; several as MISP's own search result,
// {"response": [{"Event": …}, …]}. Ids are UUIDv5, so exporting twice gives the same events (an
// incident imported from MISP keeps its event's uuid).
//
// Import reads either shape (and a bare list of {"Event": …}); each event not seen before becomes a
// new incident (external id "misp:<uuid>") whose observables are its attributes, including those
// inside MISP objects. A broken file, or an event without uuid or info, blocks the import; an
// attribute CSIRT Kit cannot hold (unknown type, invalid value) is skipped and reported.
class MispExchange
{
    Q_DECLARE_TR_FUNCTIONS(MispExchange)

public:
    // `progress(done, total)` per incident when exporting; returning false cancels.
    using Progress = std::function<bool(qint64, qint64)>;
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    explicit MispExchange(Workspace &workspace) : m_workspace(workspace) { }

    struct AttributeType
    {
        QString type;     // "ip-dst"
        QString category; // "Network activity"
        bool toIds = false;
    };
    static AttributeType attributeType(Observable::Type type);
    // The observable type of a MISP attribute (ip-dst with "/" is a CIDR); nothing for types CSIRT Kit
    // does not keep (e.g. "filename|sha256", "AS").
    static std::optional<Observable::Type> observableType(const QString &mispType, const QString &value);
    static QString tlpTag(const QString &tlp); // "TLP:AMBER+STRICT" → "tlp:amber+strict"
    static QString tlpFromTag(const QString &tag); // "tlp:white" → "TLP:CLEAR"; empty if not a TLP tag
    static QString rsitTag(const QString &rsitClass, const QString &rsitType); // rsit:fraud="phishing"
    // Class and type of an rsit: tag; nothing when it is none of the taxonomy's.
    static std::optional<std::pair<QString, QString>> rsitFromTag(const QString &tag);
    static QUuid eventUuid(const QString &workspaceId, const QString &ident);
    static QUuid attributeUuid(const QUuid &event, const QString &type, const QString &value);

    // Writes to `device`; an Error when nothing is left to export (every incident above the ceiling).
    Result<ExportSummary> write(QIODevice &device, const ExportScope &scope, const Progress &progress = {}) const;
    // Writes `path` atomically (QSaveFile).
    Result<ExportSummary> exportTo(const QString &path, const ExportScope &scope, const Progress &progress = {}) const;

    // Every problem and what will happen; writes nothing.
    Result<ImportReport> validate(QIODevice &device) const;
    // Creates the incidents in one transaction; an Error means nothing was written (blocking problems:
    // the message holds the report; or a database failure).
    Result<ImportReport> import(QIODevice &device, const QString &author);
    Result<ImportReport> validateFile(const QString &path) const;
    Result<ImportReport> importFile(const QString &path, const QString &author);

private:
    Result<ImportReport> run(QIODevice &device, const QString *author) const;

    Workspace &m_workspace;
};

} // namespace csirtkit
