#pragma once

#include "common/Result.h"
#include "documents/DocumentFormat.h"

#include <QCoreApplication>
#include <QDate>

namespace csirtkit {

class DocumentBuilder;
class Workspace;

// The staffing plan a manager hands to executives: team shape, roles with holders and deputies, the
// people (contact details only when asked for: personal data), the FTE calculation with its working,
// coverage gaps, the RACI table, the on-call rota of a period with the escalation chain, and the training
// plan. Built with core/documents, like the plan and the reports (TLP banner, page headers and footers).
class TeamPlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(TeamPlanDocument)

public:
    struct Options
    {
        QString language = QStringLiteral("en");
        bool contacts = false;
        QDate rotaFrom;
        QDate rotaTo;
        QString tlp = QStringLiteral("TLP:AMBER");
        QDate date = QDate::currentDate();
    };

    static Result<void> write(Workspace &workspace, DocumentFormat format, const Options &options, const QString &outputPath);
    static Result<QString> markdown(Workspace &workspace, const Options &options);

private:
    static Result<DocumentBuilder> document(Workspace &workspace, const Options &options);
};

} // namespace csirtkit
