#include "phases/PlanExporter.h"

#include "documents/DocumentBuilder.h"
#include "phases/PlanSnapshot.h"
#include "phases/WorksheetRepository.h"
#include "workspace/Workspace.h"

#include <QJsonArray>

namespace csirtkit {

namespace {

using Label = PlanSnapshot::Label;
using Cell = DocumentBuilder::Cell;
using Style = DocumentBuilder::Cell::Style;

QList<Cell> itemRow(const PlanSnapshot &plan, const DocumentBuilder &doc, const PlanItem &item)
{
    const bool notApplicable = item.status == ItemStatus::NotApplicable;
    Cell text { (item.status == ItemStatus::Done ? QStringLiteral("☑ ") : QStringLiteral("☐ ")) + item.text(plan.language) };
    if (notApplicable) {
        text.style = Style::Struck;
        text.note = PlanSnapshot::notApplicableText(item.naReason);
    }
    Cell due;
    if (item.due.isValid()) {
        due.text = plan.dueDate(item, doc.date(item.due));
        due.style = plan.isOverdue(item) ? Style::Alert : Style::Plain;
    }
    return { text, Cell { PlanText::statusLabel(item.status), {}, notApplicable ? Style::Muted : Style::Plain },
             Cell { item.owner }, due };
}

void phases(DocumentBuilder &doc, const PlanSnapshot &plan)
{
    bool first = true;
    for (const PlanSnapshot::Phase &phase : plan.phases) {
        doc.heading(phase.title, 2, !first);
        first = false;
        doc.meta(PlanSnapshot::progressText(phase.progress));
        int number = 0;
        for (const PlanSnapshot::Step &step : phase.steps) {
            doc.heading(QStringLiteral("%1. %2").arg(++number).arg(step.title), 3);
            if (!step.purpose.isEmpty())
                doc.paragraph(step.purpose);
            if (step.items.isEmpty())
                continue;
            QList<QList<Cell>> rows;
            for (const PlanItem &item : step.items)
                rows << itemRow(plan, doc, item);
            doc.table({ PlanSnapshot::label(Label::Item), PlanSnapshot::label(Label::Status),
                        PlanSnapshot::label(Label::Owner), PlanSnapshot::label(Label::Due) },
                      { 52, 15, 17, 16 }, rows);
        }
    }
}

void decisions(DocumentBuilder &doc, const PlanSnapshot &plan)
{
    doc.heading(PlanSnapshot::label(Label::Decisions), 2, true);
    doc.heading(PlanSnapshot::label(Label::Services), 3);
    QList<QList<Cell>> rows;
    for (const PlanSnapshot::Area &area : plan.areas)
        for (const PlanSnapshot::Service &service : area.services) {
            const ServiceStatus status = service.choice.status;
            const Style style = status == ServiceStatus::Offered ? Style::Strong
                : status == ServiceStatus::NotOffered           ? Style::Muted
                                                                : Style::Plain;
            rows << QList<Cell> { Cell { area.title }, Cell { service.title },
                                  Cell { DecisionRepository::statusLabel(status), {}, style },
                                  Cell { PlanSnapshot::scopeAndHours(service.choice) } };
        }
    doc.table({ PlanSnapshot::label(Label::Area), PlanSnapshot::label(Label::Service), PlanSnapshot::label(Label::Status),
                PlanSnapshot::label(Label::ScopeAndHours) },
              { 22, 30, 14, 34 }, rows);
    doc.heading(PlanSnapshot::label(Label::OrgModel), 3);
    if (plan.modelTitle.isEmpty())
        return doc.paragraph(PlanSnapshot::notDecided());
    doc.facts({ { PlanSnapshot::label(Label::ChosenModel), plan.modelTitle },
                { PlanSnapshot::reasonLabel(), plan.model.reason, false, true } });
    if (!plan.modelDescription.isEmpty())
        doc.meta(plan.modelDescription);
}

void worksheets(DocumentBuilder &doc, const PlanSnapshot &plan)
{
    doc.heading(PlanSnapshot::label(Label::Worksheets), 2, true);
    for (const PlanSnapshot::Worksheet &sheet : plan.worksheets) {
        doc.heading(Worksheets::title(sheet.kind), 3);
        QList<DocumentBuilder::Fact> texts;
        QList<const Worksheets::Field *> tables;
        const QList<Worksheets::Field> fields = Worksheets::fields(sheet.kind);
        for (const Worksheets::Field &field : fields) {
            if (field.type == Worksheets::Type::Rows)
                tables << &field;
            else
                texts << DocumentBuilder::Fact { Worksheets::label(sheet.kind, field.key),
                                                 sheet.values.value(field.key).toString().trimmed(), false, true };
        }
        if (!texts.isEmpty())
            doc.facts(texts);
        for (const Worksheets::Field *field : tables) {
            doc.heading(Worksheets::label(sheet.kind, field->key), 4);
            const QJsonArray values = sheet.values.value(field->key).toArray();
            if (values.isEmpty()) {
                doc.meta(DocumentBuilder::empty());
                continue;
            }
            QStringList headers;
            QList<int> widths;
            for (const QString &column : field->columns) {
                headers << Worksheets::columnLabel(column);
                widths << int(100 / field->columns.size());
            }
            QList<QStringList> rows;
            for (const QJsonValue &value : values) {
                QStringList cells;
                for (const QString &column : field->columns)
                    cells << PlanSnapshot::cellText(value.toObject().value(column));
                rows << cells;
            }
            doc.table(headers, widths, rows);
        }
    }
}

} // namespace

Result<DocumentBuilder> PlanExporter::document(Workspace &workspace, const QString &language, const QDate &date,
                                               const QString &tlp)
{
    auto plan = PlanSnapshot::read(workspace, language, date);
    if (!plan)
        return plan.error();
    DocumentBuilder doc(language, QStringLiteral("%1: %2").arg(PlanSnapshot::documentTitle(), plan->organisation),
                        plan->organisation, date, tlp);
    doc.tlpBanner();
    doc.meta(PlanSnapshot::exportedOn(doc.date(date)));
    phases(doc, *plan);
    decisions(doc, *plan);
    worksheets(doc, *plan);
    return doc;
}

QString PlanExporter::markdown(Workspace &workspace, const QString &language, const QDate &date)
{
    const DocumentBuilder::LanguageScope scope(language);
    auto doc = document(workspace, language, date, defaultTlp());
    return doc ? doc->markdown() : QString();
}

Result<void> PlanExporter::write(Workspace &workspace, const QString &language, Format format, const QString &outputPath,
                                 const QString &tlp)
{
    const DocumentBuilder::LanguageScope scope(language); // headings, dates and "Page N of M" in the plan's language
    auto doc = document(workspace, language, QDate::currentDate(), tlp);
    if (!doc)
        return doc.error();
    return doc->write(format, outputPath, workspace.filePath());
}

} // namespace csirtkit
