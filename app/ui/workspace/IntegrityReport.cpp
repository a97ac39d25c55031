#include "workspace/IntegrityReport.h"

#include "common/MessageBox.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentRepository.h"
#include "workspace/IntegrityLedger.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QGuiApplication>

namespace csirtkit {

QStringList IntegrityReport::findings(Workspace &workspace, QString *error)
{
    QStringList found;
    auto journal = IncidentJournal(workspace).verifyAll();
    if (!journal) {
        *error = journal.error().message;
        return {};
    }
    for (const auto &problem : std::as_const(*journal))
        found << problem.message;
    auto ledger = IntegrityLedger::verify(workspace.db());
    if (!ledger) {
        *error = ledger.error().message;
        return {};
    }
    for (const auto &finding : std::as_const(*ledger))
        found << finding.message;
    return found;
}

void IntegrityReport::show(QWidget *parent, Workspace &workspace)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const QStringList found = findings(workspace, &error);
    QGuiApplication::restoreOverrideCursor();
    const QString title = tr("Verify Integrity");
    if (!error.isEmpty()) {
        MessageBox::critical(parent, title, error);
        return;
    }
    if (found.isEmpty()) {
        auto count = IncidentRepository(workspace).count();
        const qint64 incidents = count ? *count : 0;
        MessageBox::information(parent, title,
                                tr("All %n incident(s), their journals and the workspace's rules are as CSIRT Kit "
                                   "recorded them.", nullptr, int(incidents))
                                    + QStringLiteral("\n\n")
                                    + tr("Someone who can write the file and recomputes every hash could still hide a "
                                         "change; keep anchors elsewhere with “csirtkit-cli verify --anchor” to "
                                         "expose that."));
        return;
    }
    constexpr int Shown = 20;
    QStringList lines = found.mid(0, Shown);
    if (found.size() > Shown)
        lines << tr("… and %n more.", nullptr, int(found.size() - Shown));
    MessageBox::critical(parent, title,
                         tr("The workspace was changed outside CSIRT Kit:") + QStringLiteral("\n\n")
                             + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                             + tr("Keep the file as it is for investigation and compare it with a backup."));
}

} // namespace csirtkit
