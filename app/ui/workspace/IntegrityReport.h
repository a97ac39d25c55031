#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace csirtkit {

class Workspace;

// File › Verify Integrity: the journal chains and the integrity ledger of the whole workspace, as
// `csirtkit-cli verify` checks them, told in a message.
class IntegrityReport
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityReport)

public:
    // The findings (empty when intact), or one sentence saying why the check could not run.
    static QStringList findings(Workspace &workspace, QString *error);
    static void show(QWidget *parent, Workspace &workspace);
};

} // namespace csirtkit
