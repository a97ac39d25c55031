#include "phases/PlanHtml.h"

#include "phases/PlanSnapshot.h"
#include "phases/WorksheetRepository.h"

#include <QJsonArray>

namespace csirtkit {

namespace {

using Label = PlanSnapshot::Label;

// Every text that reaches the HTML passes through here; line breaks survive as <br>.
QString esc(const QString &text)
{
    return text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString escOrEmpty(const QString &text)
{
    return text.trimmed().isEmpty() ? PlanSnapshot::empty() : esc(text);
}

QString tableStart()
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
}

// `columns`: header text and width in percent.
QString headerRow(const QList<std::pair<QString, int>> &columns)
{
    QString row = QStringLiteral("<thead><tr>");
    for (const auto &[text, width] : columns)
        row += QStringLiteral("<th width=\"%1%\">%2</th>").arg(width).arg(esc(text));
    return row + QStringLiteral("</tr></thead>\n");
}

QString heading(int level, const QString &text, bool newPage)
{
    return QStringLiteral("<h%1%2>%3</h%1>\n")
        .arg(level)
        .arg(newPage ? QStringLiteral(" class=\"newpage\"") : QString(), esc(text));
}

QString itemRow(const PlanSnapshot &plan, const PlanItem &item)
{
    const bool done = item.status == ItemStatus::Done;
    const QString mark = done ? QStringLiteral("☑") : QStringLiteral("☐");
    QString text = mark + QLatin1Char(' ') + esc(item.text(plan.language));
    if (item.status == ItemStatus::NotApplicable)
        text = QStringLiteral("<s>%1</s><br><span class=\"meta\">%2</span>")
                   .arg(text, esc(PlanSnapshot::reasonLabel() + QStringLiteral(": ") + item.naReason));
    QString due = item.due.isValid() ? esc(item.due.toString(Qt::ISODate)) : QString();
    if (plan.isOverdue(item))
        due = QStringLiteral("<span class=\"overdue\">%1<br>%2</span>").arg(due, esc(PlanSnapshot::overdueLabel()));
    return QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
        .arg(item.status == ItemStatus::NotApplicable ? QStringLiteral(" class=\"na\"") : QString(), text,
             esc(PlanText::statusLabel(item.status)), esc(item.owner), due);
}

QString phases(const PlanSnapshot &plan)
{
    QString out;
    bool first = true;
    for (const PlanSnapshot::Phase &phase : plan.phases) {
        out += heading(2, phase.title, !first);
        first = false;
        out += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(PlanSnapshot::progressText(phase.progress)));
        int number = 0;
        for (const PlanSnapshot::Step &step : phase.steps) {
            out += heading(3, QStringLiteral("%1. %2").arg(++number).arg(step.title), false);
            if (!step.purpose.isEmpty())
                out += QStringLiteral("<p>%1</p>\n").arg(esc(step.purpose));
            if (step.items.isEmpty())
                continue;
            out += tableStart()
                + headerRow({ { PlanSnapshot::label(Label::Item), 52 }, { PlanSnapshot::label(Label::Status), 15 },
                              { PlanSnapshot::label(Label::Owner), 17 }, { PlanSnapshot::label(Label::Due), 16 } });
            for (const PlanItem &item : step.items)
                out += itemRow(plan, item);
            out += QStringLiteral("</table>\n");
        }
    }
    return out;
}

QString decisions(const PlanSnapshot &plan)
{
    QString out = heading(2, PlanSnapshot::label(Label::Decisions), true)
        + heading(3, PlanSnapshot::label(Label::Services), false);
    out += tableStart()
        + headerRow({ { PlanSnapshot::label(Label::Service), 40 }, { PlanSnapshot::label(Label::Status), 15 },
                      { PlanSnapshot::label(Label::ScopeAndHours), 45 } });
    for (const PlanSnapshot::Area &area : plan.areas) {
        out += QStringLiteral("<tr><td class=\"area\" colspan=\"3\"><b>%1</b></td></tr>\n").arg(esc(area.title));
        for (const PlanSnapshot::Service &service : area.services) {
            const ServiceStatus status = service.choice.status;
            QString label = esc(DecisionRepository::statusLabel(status));
            if (status == ServiceStatus::Offered)
                label = QStringLiteral("<b>%1</b>").arg(label);
            else if (status == ServiceStatus::NotOffered)
                label = QStringLiteral("<span class=\"meta\">%1</span>").arg(label);
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                       .arg(esc(service.title), label, esc(PlanSnapshot::scopeAndHours(service.choice)));
        }
    }
    out += QStringLiteral("</table>\n") + heading(3, PlanSnapshot::label(Label::OrgModel), false);
    if (plan.modelTitle.isEmpty())
        return out + QStringLiteral("<p>%1</p>\n").arg(esc(PlanSnapshot::notDecided()));
    out += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(plan.modelTitle));
    if (!plan.modelDescription.isEmpty())
        out += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(plan.modelDescription));
    return out + QStringLiteral("<p><b>%1:</b> %2</p>\n").arg(esc(PlanSnapshot::reasonLabel()), esc(plan.model.reason));
}

QString rowsTable(const Worksheets::Field &field, const QJsonArray &rows)
{
    QList<std::pair<QString, int>> columns;
    for (const QString &column : field.columns)
        columns.append({ Worksheets::columnLabel(column), int(100 / field.columns.size()) });
    QString out = tableStart() + headerRow(columns);
    for (const QJsonValue &row : rows) {
        out += QStringLiteral("<tr>");
        for (const QString &column : field.columns)
            out += QStringLiteral("<td>%1</td>").arg(escOrEmpty(PlanSnapshot::cellText(row.toObject().value(column))));
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

QString worksheets(const PlanSnapshot &plan)
{
    QString out = heading(2, PlanSnapshot::label(Label::Worksheets), true);
    for (const PlanSnapshot::Worksheet &sheet : plan.worksheets) {
        out += heading(3, Worksheets::title(sheet.kind), false);
        QString fields;
        QString rowFields;
        for (const Worksheets::Field &field : Worksheets::fields(sheet.kind)) {
            const QString label = esc(Worksheets::label(sheet.kind, field.key));
            const QJsonValue value = sheet.values.value(field.key);
            if (field.type != Worksheets::Type::Rows) {
                fields += QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>\n")
                              .arg(label, escOrEmpty(value.toString()));
                continue;
            }
            rowFields += QStringLiteral("<h4>%1</h4>\n").arg(label);
            const QJsonArray rows = value.toArray();
            rowFields += rows.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(PlanSnapshot::empty()) : rowsTable(field, rows);
        }
        if (!fields.isEmpty())
            out += tableStart() + fields + QStringLiteral("</table>\n");
        out += rowFields;
    }
    return out;
}

} // namespace

QString PlanHtml::render(const PlanSnapshot &plan, Target target)
{
    const QString title = QStringLiteral("%1: %2").arg(PlanSnapshot::documentTitle(), plan.organisation);
    // QTextDocument understands this subset of CSS too; the font family is left to the caller there.
    const QString bodyFont = target == Target::File ? QStringLiteral("font-family: sans-serif; ") : QString();
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"
                                 "<style>\n"
                                 "body { %3font-size: 10pt; }\n"
                                 "h1 { font-size: 18pt; margin-bottom: 2px; }\n"
                                 "h2 { font-size: 15pt; margin-top: 18px; margin-bottom: 4px; }\n"
                                 "h3 { font-size: 11.5pt; margin-top: 14px; margin-bottom: 4px; }\n"
                                 "h4 { font-size: 10pt; margin-top: 8px; margin-bottom: 2px; }\n"
                                 "table { border-collapse: collapse; margin-top: 4px; margin-bottom: 6px; }\n"
                                 "th, td { border: 1px solid #a0a0a0; padding: 4px; vertical-align: top; }\n"
                                 "th { background-color: #ececec; text-align: left; }\n"
                                 "td.area { background-color: #f5f5f5; }\n"
                                 ".meta { color: #555555; }\n"
                                 ".overdue { color: #b00020; font-weight: bold; }\n"
                                 "tr.na td { color: #666666; }\n"
                                 ".newpage { page-break-before: always; }\n"
                                 "</style>\n</head>\n<body>\n")
                      .arg(plan.language, esc(title), bodyFont);
    out += QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">%2</p>\n").arg(esc(title), esc(plan.exportedOn()));
    return out + phases(plan) + decisions(plan) + worksheets(plan) + QStringLiteral("</body>\n</html>\n");
}

} // namespace csirtkit
