#include "phases/PlanMarkdown.h"

#include "phases/PlanSnapshot.h"
#include "phases/WorksheetRepository.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace csirtkit {

namespace {

using Label = PlanSnapshot::Label;

QString tableRow(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString tableHead(const QStringList &headers)
{
    QStringList rule;
    for (qsizetype i = 0; i < headers.size(); ++i)
        rule << QStringLiteral("---");
    return tableRow(headers) + tableRow(rule);
}

QString cell(const QString &text)
{
    const QString escaped = PlanMarkdown::escapeInline(text);
    return escaped.isEmpty() ? PlanSnapshot::empty() : escaped;
}

QString itemLine(const PlanSnapshot &plan, const PlanItem &item)
{
    const QString text = PlanMarkdown::escapeInline(item.text(plan.language));
    if (item.status == ItemStatus::NotApplicable)
        return QStringLiteral("- [ ] ~~%1~~ %2\n")
            .arg(text, PlanMarkdown::escapeInline(PlanSnapshot::notApplicableText(item.naReason)));
    QStringList details { PlanText::statusLabel(item.status) };
    if (!item.owner.isEmpty())
        details << PlanMarkdown::escapeInline(PlanSnapshot::ownerText(item.owner));
    if (item.due.isValid())
        details << plan.dueText(item);
    return QStringLiteral("- [%1] %2 — %3\n")
        .arg(item.status == ItemStatus::Done ? QStringLiteral("x") : QStringLiteral(" "), text,
             details.join(PlanSnapshot::tr(", ", "separates the details of a checklist item")));
}

QString phases(const PlanSnapshot &plan)
{
    QString out;
    for (const PlanSnapshot::Phase &phase : plan.phases) {
        out += QStringLiteral("## %1\n\n%2\n\n").arg(PlanMarkdown::escapeInline(phase.title),
                                                   PlanSnapshot::progressText(phase.progress));
        int number = 0;
        for (const PlanSnapshot::Step &step : phase.steps) {
            out += QStringLiteral("### %1. %2\n\n").arg(++number).arg(PlanMarkdown::escapeInline(step.title));
            if (!step.purpose.isEmpty())
                out += PlanMarkdown::escapeBlock(step.purpose) + QStringLiteral("\n\n");
            for (const PlanItem &item : step.items)
                out += itemLine(plan, item);
            if (!step.items.isEmpty())
                out += QLatin1Char('\n');
        }
    }
    return out;
}

QString decisions(const PlanSnapshot &plan)
{
    QString out = QStringLiteral("## %1\n\n### %2\n\n").arg(PlanSnapshot::label(Label::Decisions),
                                                           PlanSnapshot::label(Label::Services));
    out += tableHead({ PlanSnapshot::label(Label::Area), PlanSnapshot::label(Label::Service),
                       PlanSnapshot::label(Label::Status), PlanSnapshot::label(Label::ScopeAndHours) });
    for (const PlanSnapshot::Area &area : plan.areas)
        for (const PlanSnapshot::Service &service : area.services)
            out += tableRow({ cell(area.title), cell(service.title),
                              cell(DecisionRepository::statusLabel(service.choice.status)),
                              cell(PlanSnapshot::scopeAndHours(service.choice)) });
    out += QStringLiteral("\n### %1\n\n").arg(PlanSnapshot::label(Label::OrgModel));
    if (plan.modelTitle.isEmpty())
        return out + PlanSnapshot::notDecided() + QStringLiteral("\n\n");
    out += QStringLiteral("**%1**\n\n").arg(PlanMarkdown::escapeInline(plan.modelTitle));
    if (!plan.modelDescription.isEmpty())
        out += PlanMarkdown::escapeBlock(plan.modelDescription) + QStringLiteral("\n\n");
    out += QStringLiteral("**%1:** %2\n\n").arg(PlanSnapshot::reasonLabel(), PlanMarkdown::escapeBlock(plan.model.reason));
    return out;
}

QString worksheets(const PlanSnapshot &plan)
{
    QString out = QStringLiteral("## %1\n\n").arg(PlanSnapshot::label(Label::Worksheets));
    for (const PlanSnapshot::Worksheet &sheet : plan.worksheets) {
        out += QStringLiteral("### %1\n\n").arg(Worksheets::title(sheet.kind));
        for (const Worksheets::Field &field : Worksheets::fields(sheet.kind)) {
            const QString label = Worksheets::label(sheet.kind, field.key);
            const QJsonValue value = sheet.values.value(field.key);
            if (field.type != Worksheets::Type::Rows) {
                const QString text = PlanMarkdown::escapeBlock(value.toString().trimmed());
                out += QStringLiteral("**%1:** %2\n\n").arg(label, text.isEmpty() ? PlanSnapshot::empty() : text);
                continue;
            }
            const QJsonArray rows = value.toArray();
            out += QStringLiteral("**%1:**").arg(label);
            if (rows.isEmpty()) {
                out += QLatin1Char(' ') + PlanSnapshot::empty() + QStringLiteral("\n\n");
                continue;
            }
            QStringList headers;
            for (const QString &column : field.columns)
                headers << Worksheets::columnLabel(column);
            out += QStringLiteral("\n\n") + tableHead(headers);
            for (const QJsonValue &row : rows) {
                QStringList cells;
                for (const QString &column : field.columns)
                    cells << cell(PlanSnapshot::cellText(row.toObject().value(column)));
                out += tableRow(cells);
            }
            out += QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace

QString PlanMarkdown::escapeInline(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QString simplified = text.simplified(); // one line: a line break would end a list item or a table row
    for (const QChar c : simplified) {
        if (QStringView(u"\\`*_[]<>|~&#").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString PlanMarkdown::escapeBlock(const QString &text)
{
    // Lines that would start a list or a setext underline are escaped too ("#" and ">" already are).
    static const QRegularExpression orderedList(QStringLiteral(R"(^\d+(?=[.)]))"));
    QStringList lines;
    for (const QString &line : text.trimmed().split(QLatin1Char('\n'))) {
        QString escaped = escapeInline(line);
        if (escaped.startsWith(QLatin1Char('-')) || escaped.startsWith(QLatin1Char('+'))
            || escaped.startsWith(QLatin1Char('=')))
            escaped.prepend(QLatin1Char('\\'));
        else if (const auto match = orderedList.match(escaped); match.hasMatch())
            escaped.insert(match.capturedEnd(), QLatin1Char('\\'));
        lines << escaped;
    }
    // Hard line breaks keep the text one block, so it cannot end the list or paragraph it is part of.
    return lines.join(QStringLiteral("\\\n"));
}

QString PlanMarkdown::render(const PlanSnapshot &plan)
{
    QString out = QStringLiteral("# %1: %2\n\n%3\n\n")
                      .arg(PlanSnapshot::documentTitle(), escapeInline(plan.organisation), plan.exportedOn());
    return out + phases(plan) + decisions(plan) + worksheets(plan);
}

} // namespace csirtkit
