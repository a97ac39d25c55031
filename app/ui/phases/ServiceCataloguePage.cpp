#include "phases/ServiceCataloguePage.h"
#include "documents/DocumentBuilder.h"
#include "documents/PagedTextDocument.h"
#include "org/OrgProfileRepository.h"

#include "common/FunctionCommand.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "common/ToolTip.h"
#include "phases/ContentLibrary.h"
#include "phases/DecisionRepository.h"
#include "workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPrintDialog>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csirtkit {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
const QList<ServiceStatus> Statuses = { ServiceStatus::NotOffered, ServiceStatus::Planned, ServiceStatus::Offered };
} // namespace

ServiceCataloguePage::ServiceCataloguePage(QWidget *parent)
    : Page(parent), m_titleLabel(new QLabel(this)), m_introLabel(new QLabel(this)), m_summaryLabel(new QLabel(this)),
      m_tree(new QTreeWidget(this)), m_print(new QPushButton(this))
{
    m_print->setObjectName(QStringLiteral("printPushButton"));
    connect(m_print, &QPushButton::clicked, this, &ServiceCataloguePage::print);
    m_tree->setObjectName(QStringLiteral("serviceTreeWidget"));
    m_summaryLabel->setObjectName(QStringLiteral("serviceSummaryLabel"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_titleLabel->setFont(big);
    m_introLabel->setWordWrap(true);
    m_tree->setColumnCount(4);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_tree->header()->setSectionResizeMode(ServiceColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ScopeColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(HoursColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(ServiceColumn, 330);
    m_tree->header()->resizeSection(HoursColumn, 160);
    m_tree->header()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 12);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_introLabel);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summaryLabel, 1);
    summaryRow->addWidget(m_print);
    layout->addLayout(summaryRow);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ServiceCataloguePage::commit);
    retranslate();
}

void ServiceCataloguePage::setSession(WorkspaceSession *session)
{
    m_session = session;
    connect(session, &WorkspaceSession::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("service_choice"))
            reload();
    });
    reload();
}

void ServiceCataloguePage::reload()
{
    if (!m_session)
        return;
    auto choices = DecisionRepository(m_session->workspace()).serviceChoices();
    if (!choices) {
        MessageBox::critical(this, tr("Service catalogue"), choices.error().message);
        return;
    }
    const QString lang = Language::current();
    const bool editable = !m_session->isReadOnly();
    m_loading = true;
    const bool fresh = m_tree->topLevelItemCount() == 0;
    int offered = 0, planned = 0;
    const auto &areas = ContentLibrary::instance().serviceAreas();
    for (int a = 0; a < areas.size(); ++a) {
        const ContentServiceArea &area = areas.at(a);
        QTreeWidgetItem *areaNode = fresh ? new QTreeWidgetItem(m_tree) : m_tree->topLevelItem(a);
        areaNode->setText(ServiceColumn, QStringLiteral("%1. %2").arg(area.number).arg(area.title.in(lang)));
        areaNode->setToolTip(ServiceColumn, area.summary.in(lang));
        areaNode->setFirstColumnSpanned(true);
        QFont bold = areaNode->font(0);
        bold.setBold(true);
        areaNode->setFont(ServiceColumn, bold);
        for (int s = 0; s < area.services.size(); ++s) {
            const ContentService &service = area.services.at(s);
            const ServiceChoice choice = choices->value(service.key);
            QTreeWidgetItem *node = fresh ? new QTreeWidgetItem(areaNode) : areaNode->child(s);
            node->setData(ServiceColumn, KeyRole, service.key);
            node->setText(ServiceColumn, service.title.in(lang));
            QStringList functions;
            for (const LocalText &f : service.functions)
                functions << QStringLiteral("• ") + f.in(lang);
            node->setToolTip(ServiceColumn, service.description.in(lang) + QStringLiteral("\n\n") + functions.join(QLatin1Char('\n')));
            node->setText(ScopeColumn, choice.scope);
            node->setText(HoursColumn, choice.hours);
            node->setToolTip(ScopeColumn, plainToolTip(choice.scope)); // the column elides long notes
            node->setToolTip(HoursColumn, plainToolTip(choice.hours));
            node->setFlags(editable ? node->flags() | Qt::ItemIsEditable : node->flags() & ~Qt::ItemIsEditable);
            auto *combo = qobject_cast<QComboBox *>(m_tree->itemWidget(node, StatusColumn));
            if (!combo) {
                combo = new QComboBox(m_tree);
                combo->setObjectName(QStringLiteral("status_") + service.key);
                m_tree->setItemWidget(node, StatusColumn, combo);
                const QString key = service.key;
                connect(combo, &QComboBox::activated, this, [this, key](int index) { commitStatus(key, index); });
            }
            const QSignalBlocker blocker(combo);
            combo->clear();
            for (ServiceStatus st : Statuses)
                combo->addItem(DecisionRepository::statusLabel(st));
            combo->setCurrentIndex(int(Statuses.indexOf(choice.status)));
            combo->setEnabled(editable);
            combo->setAccessibleName(tr("Status of %1").arg(service.title.in(lang)));
            offered += choice.status == ServiceStatus::Offered ? 1 : 0;
            planned += choice.status == ServiceStatus::Planned ? 1 : 0;
        }
    }
    if (fresh)
        m_tree->expandAll();
    m_summaryLabel->setText(tr("%n service(s) offered, %1 planned, out of %2.", nullptr, offered).arg(planned).arg(choices->size()));
    m_loading = false;
}

void ServiceCataloguePage::commitStatus(const QString &serviceKey, int statusIndex)
{
    if (!m_session || statusIndex < 0 || statusIndex >= Statuses.size())
        return;
    auto choices = DecisionRepository(m_session->workspace()).serviceChoices();
    if (!choices)
        return;
    const ServiceChoice before = choices->value(serviceKey);
    ServiceChoice after = before;
    after.status = Statuses.at(statusIndex);
    if (after.status == before.status)
        return;
    WorkspaceSession *session = m_session;
    m_session->undoStack()->push(new FunctionCommand(
        session, QStringLiteral("service_choice"), tr("Change service status"),
        [session, after] { return DecisionRepository(session->workspace()).setServiceChoice(after); },
        [session, before] { return DecisionRepository(session->workspace()).setServiceChoice(before); }));
}

void ServiceCataloguePage::commit(QTreeWidgetItem *item, int column)
{
    if (m_loading || !m_session || (column != ScopeColumn && column != HoursColumn))
        return;
    const QString key = item->data(ServiceColumn, KeyRole).toString();
    auto choices = DecisionRepository(m_session->workspace()).serviceChoices();
    if (key.isEmpty() || !choices)
        return;
    const ServiceChoice before = choices->value(key);
    ServiceChoice after = before;
    (column == ScopeColumn ? after.scope : after.hours) = item->text(column).trimmed();
    if (after.scope == before.scope && after.hours == before.hours)
        return;
    WorkspaceSession *session = m_session;
    m_session->undoStack()->push(new FunctionCommand(
        session, QStringLiteral("service_choice"), column == ScopeColumn ? tr("Change service scope") : tr("Change service hours"),
        [session, after] { return DecisionRepository(session->workspace()).setServiceChoice(after); },
        [session, before] { return DecisionRepository(session->workspace()).setServiceChoice(before); }));
    reload(); // shows the stored (trimmed) value, or the old one if the change was refused
}

QString ServiceCataloguePage::catalogueHtml() const
{
    QString html = QStringLiteral("<h2>%1</h2><p>%7</p><p>%2</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                                  "<tr><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                       .arg(tr("Service catalogue").toHtmlEscaped(), m_summaryLabel->text().toHtmlEscaped(),
                            tr("Service").toHtmlEscaped(), tr("Status").toHtmlEscaped(), tr("Scope").toHtmlEscaped(),
                            tr("Hours").toHtmlEscaped(),
                            tr("%1 · %2").arg(organisation(), printedOn()).toHtmlEscaped());
    for (int a = 0; a < m_tree->topLevelItemCount(); ++a) {
        const QTreeWidgetItem *area = m_tree->topLevelItem(a);
        html += QStringLiteral("<tr><td colspan=\"4\"><b>%1</b></td></tr>").arg(area->text(ServiceColumn).toHtmlEscaped());
        for (int s = 0; s < area->childCount(); ++s) {
            QTreeWidgetItem *node = area->child(s);
            const auto *combo = qobject_cast<QComboBox *>(m_tree->itemWidget(node, StatusColumn));
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(node->text(ServiceColumn).toHtmlEscaped(), combo ? combo->currentText().toHtmlEscaped() : QString(),
                             node->text(ScopeColumn).toHtmlEscaped(), node->text(HoursColumn).toHtmlEscaped());
        }
    }
    return html + QStringLiteral("</table>");
}

void ServiceCataloguePage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Service Catalogue"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTo(printer);
}

void ServiceCataloguePage::printTo(QPrinter &printer) const
{
    // Like every printed document: organisation and date in each page's header, "Page N of M" below.
    PagedTextDocument document(catalogueHtml(), DocumentBuilder(Language::current(), {}, {}, {}, {}).font(), organisation(),
                               printedOn());
    document.layout(&printer, printer.pageRect(QPrinter::DevicePixel).size());
    QPainter painter(&printer);
    for (int page = 0; page < document.pageCount(); ++page) {
        if (page > 0)
            printer.newPage();
        document.paintPage(painter, page);
    }
}

QString ServiceCataloguePage::organisation() const
{
    return m_session ? OrgProfileRepository(m_session->workspace()).value(OrgProfile::Field::Name).value() : QString();
}

QString ServiceCataloguePage::printedOn() const
{
    return tr("Printed on %1").arg(DocumentBuilder::dateIn(Language::current(), QDate::currentDate()));
}

void ServiceCataloguePage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT titleChanged();
        reload();
    }
}

void ServiceCataloguePage::retranslate()
{
    m_titleLabel->setText(tr("Service catalogue"));
    m_introLabel->setText(tr("Decide which services of the FIRST CSIRT Services Framework (v2.1) your CSIRT offers. "
                             "Double-click the scope or hours to describe them; hover over a service to see its "
                             "functions."));
    m_tree->setHeaderLabels({ tr("Service"), tr("Status"), tr("Scope"), tr("Hours") });
    m_tree->setAccessibleName(tr("Service catalogue"));
    m_print->setText(tr("Print…"));
    m_print->setToolTip(tr("Print the catalogue as a table, or save it as PDF from the print dialog"));
}

} // namespace csirtkit
