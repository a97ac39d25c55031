#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace csirtkit {

class Workspace;

// What the Overview page and `csirtkit-cli info` say about a workspace.
class WorkspaceFacts
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceFacts)

public:
    struct Count
    {
        QString key;   // stable, for scripts: "profile_fields"
        QString label; // translated
        qint64 value = 0;
        qint64 total = -1; // -1 when there is no "of N"
    };

    static Result<WorkspaceFacts> read(Workspace &workspace);

    QString organisationName;
    QString filePath;
    QDateTime createdUtc;
    QDateTime lastChangedUtc;
    int schemaVersion = 0;
    bool readOnly = false;
    qint64 fileSize = 0;
    QList<Count> counts;
};

} // namespace csirtkit
