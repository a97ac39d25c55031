#include "incidents/RelationsTab.h"
#include "common/Language.h"
#include "incidents/IncidentWorkflow.h"

#include "common/MessageBox.h"
#include "common/TextRules.h"
#include "common/ToolTip.h"
#include "incidents/IncidentRelations.h"
#include "incidents/IncidentRepository.h"
#include "workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csirtkit {

namespace {
constexpr int IdRole = Qt::UserRole;


QString criticalityLabel(const QString &level)
{
    if (level == QLatin1String("high"))
        return RelationsTab::tr("High");
    if (level == QLatin1String("medium"))
        return RelationsTab::tr("Medium");
    if (level == QLatin1String("low"))
        return RelationsTab::tr("Low");
    return RelationsTab::tr("—");
}

} // namespace

RelationsTab::RelationsTab(QWidget *parent)
    : RecordTab(parent), m_assetsBox(new QGroupBox(this)), m_assetsEmpty(new QLabel(this)),
      m_assets(recordView(this, QStringLiteral("assetsView"), 4)), m_assetName(entryLineEdit(this, QStringLiteral("assetNameLineEdit"))),
      m_assetHost(entryLineEdit(this, QStringLiteral("assetHostLineEdit"))),
      m_assetOwner(entryLineEdit(this, QStringLiteral("assetOwnerLineEdit"))), m_criticality(new QComboBox(this)),
      m_addAsset(new QPushButton(this)), m_removeAsset(new QPushButton(this)), m_linksBox(new QGroupBox(this)),
      m_linksEmpty(new QLabel(this)), m_links(recordView(this, QStringLiteral("linksView"), 3)), m_linkLabel(new QLabel(this)),
      m_linkIdent(entryLineEdit(this, QStringLiteral("linkIdentLineEdit"))), m_addLink(new QPushButton(this)),
      m_removeLink(new QPushButton(this))
{
    m_criticality->setObjectName(QStringLiteral("assetCriticalityComboBox"));
    m_addAsset->setObjectName(QStringLiteral("addAssetButton"));
    m_removeAsset->setObjectName(QStringLiteral("removeAssetButton"));
    m_addLink->setObjectName(QStringLiteral("addLinkButton"));
    m_removeLink->setObjectName(QStringLiteral("removeLinkButton"));
    m_assetsEmpty->setWordWrap(true);
    m_linksEmpty->setWordWrap(true);
    m_assets->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_assets->header()->setStretchLastSection(false);
    for (int column : { 1, 2, 3 })
        m_assets->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_links->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_links->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_links->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_links->header()->setStretchLastSection(false);
    m_linkLabel->setBuddy(m_linkIdent);

    auto *assetForm = new QHBoxLayout;
    assetForm->addWidget(m_assetName, 3);
    assetForm->addWidget(m_assetHost, 2);
    assetForm->addWidget(m_assetOwner, 2);
    assetForm->addWidget(m_criticality);
    assetForm->addWidget(m_addAsset);
    auto *assetButtons = new QHBoxLayout;
    assetButtons->addStretch(1);
    assetButtons->addWidget(m_removeAsset);
    auto *assetsLayout = new QVBoxLayout(m_assetsBox);
    assetsLayout->addWidget(m_assetsEmpty);
    assetsLayout->addWidget(m_assets, 1);
    assetsLayout->addLayout(assetButtons);
    assetsLayout->addLayout(assetForm);

    auto *linkForm = new QHBoxLayout;
    linkForm->addWidget(m_linkLabel);
    linkForm->addWidget(m_linkIdent, 1);
    linkForm->addWidget(m_addLink);
    linkForm->addSpacing(12);
    linkForm->addWidget(m_removeLink);
    auto *linksLayout = new QVBoxLayout(m_linksBox);
    linksLayout->addWidget(m_linksEmpty);
    linksLayout->addWidget(m_links, 1);
    linksLayout->addLayout(linkForm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_assetsBox, 3);
    layout->addWidget(m_linksBox, 2);

    connect(m_addAsset, &QPushButton::clicked, this, &RelationsTab::addAsset);
    connect(m_removeAsset, &QPushButton::clicked, this, &RelationsTab::removeAsset);
    connect(m_addLink, &QPushButton::clicked, this, &RelationsTab::addLink);
    connect(m_removeLink, &QPushButton::clicked, this, &RelationsTab::removeLink);
    for (QLineEdit *edit : { m_assetName, m_assetHost, m_assetOwner })
        connect(edit, &QLineEdit::returnPressed, this, &RelationsTab::addAsset);
    connect(m_linkIdent, &QLineEdit::returnPressed, this, &RelationsTab::addLink);
    connect(m_assets, &QTreeWidget::itemSelectionChanged, this, &RelationsTab::updateButtons);
    connect(m_links, &QTreeWidget::itemSelectionChanged, this, &RelationsTab::updateButtons);
    // activated: double-click, or Enter on the keyboard
    connect(m_links, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openIncident(item->data(0, IdRole).toLongLong());
    });
    retranslate();
    updateButtons();
}

RelationsTab::~RelationsTab() = default;

QString RelationsTab::title() const
{
    return tr("Assets & links");
}

void RelationsTab::startIncident()
{
    for (QLineEdit *edit : { m_assetName, m_assetHost, m_assetOwner, m_linkIdent })
        edit->clear();
    m_criticality->setCurrentIndex(0);
    m_assets->clear();
    m_links->clear();
}

Result<void> RelationsTab::refresh()
{
    IncidentRelations relations(m_session->workspace());
    auto assets = relations.assets(m_incidentId);
    auto linked = relations.linked(m_incidentId);
    if (!assets || !linked)
        return !assets ? assets.error() : linked.error();
    const qint64 keepAsset = selectedId(m_assets);
    const qint64 keepLink = selectedId(m_links);
    {
        const QSignalBlocker blocker(m_assets);
        m_assets->clear();
        for (const AffectedAsset &a : *assets) {
            auto *row = new QTreeWidgetItem(m_assets, { TextRules::visible(a.name), TextRules::visible(a.address), TextRules::visible(a.ownerDepartment), criticalityLabel(a.criticality) });
            row->setData(0, IdRole, a.id);
            row->setToolTip(0, plainToolTip(TextRules::visible(a.name)));
            if (a.id == keepAsset)
                m_assets->setCurrentItem(row);
        }
    }
    {
        const QSignalBlocker blocker(m_links);
        m_links->clear();
        IncidentRepository incidents(m_session->workspace());
        for (qint64 id : *linked) {
            auto other = incidents.incident(id);
            if (!other)
                continue; // removed meanwhile; the link goes with it
            auto *row = new QTreeWidgetItem(m_links, { other->ident, TextRules::visible(other->title), IncidentWorkflow::statusName(other->status, Language::current()) });
            row->setData(0, IdRole, id);
            row->setToolTip(1, plainToolTip(TextRules::visible(other->title)));
            if (id == keepLink)
                m_links->setCurrentItem(row);
        }
    }
    m_assetsEmpty->setVisible(m_assets->topLevelItemCount() == 0);
    m_linksEmpty->setVisible(m_links->topLevelItemCount() == 0);
    return {};
}

void RelationsTab::updateButtons()
{
    m_addAsset->setEnabled(writable());
    m_addLink->setEnabled(writable());
    m_removeAsset->setEnabled(writable() && m_assets->currentItem() && m_assets->currentItem()->isSelected());
    m_removeLink->setEnabled(writable() && m_links->currentItem() && m_links->currentItem()->isSelected());
}

void RelationsTab::addAsset()
{
    if (!m_session || !m_addAsset->isEnabled())
        return;
    AffectedAsset asset;
    asset.incidentId = m_incidentId;
    asset.name = m_assetName->text();
    asset.address = m_assetHost->text();
    asset.ownerDepartment = m_assetOwner->text();
    asset.criticality = m_criticality->currentData().toString();
    auto added = IncidentRelations(m_session->workspace()).addAsset(asset);
    if (!added) {
        MessageBox::critical(this, tr("Add Asset"), added.error().message);
        return;
    }
    for (QLineEdit *edit : { m_assetName, m_assetHost, m_assetOwner })
        edit->clear();
    m_criticality->setCurrentIndex(0);
    reload();
    m_assetName->setFocus(); // ready for the next one
    m_session->notifyChanged(QStringLiteral("incident"));
}

void RelationsTab::removeAsset()
{
    const QTreeWidgetItem *current = m_assets->currentItem();
    if (!m_session || !current || !m_removeAsset->isEnabled())
        return;
    if (MessageBox::question(this, tr("Remove Asset"),
                             tr("Remove “%1” from the affected assets of this incident?").arg(current->text(0)),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    auto removed = IncidentRelations(m_session->workspace()).removeAsset(current->data(0, IdRole).toLongLong());
    if (!removed) {
        MessageBox::critical(this, tr("Remove Asset"), removed.error().message);
        return;
    }
    saved();
}

void RelationsTab::addLink()
{
    if (!m_session || !m_addLink->isEnabled())
        return;
    const QString ident = m_linkIdent->text().trimmed();
    if (ident.isEmpty()) {
        MessageBox::critical(this, tr("Link Incident"), tr("Enter the identifier of the related incident, e.g. INC-2026-0002."));
        return;
    }
    auto other = IncidentRepository(m_session->workspace()).byIdent(ident);
    if (!other) {
        MessageBox::critical(this, tr("Link Incident"), other.error().message);
        return;
    }
    IncidentRelations relations(m_session->workspace());
    auto linked = relations.linked(m_incidentId);
    if (linked && linked->contains(other->id)) {
        MessageBox::information(this, tr("Link Incident"), tr("%1 is already linked to this incident.").arg(other->ident));
        return;
    }
    auto done = relations.link(m_incidentId, other->id);
    if (!done) {
        MessageBox::critical(this, tr("Link Incident"), done.error().message);
        return;
    }
    m_linkIdent->clear();
    saved();
}

void RelationsTab::removeLink()
{
    const QTreeWidgetItem *current = m_links->currentItem();
    if (!m_session || !current || !m_removeLink->isEnabled())
        return;
    auto done = IncidentRelations(m_session->workspace()).unlink(m_incidentId, current->data(0, IdRole).toLongLong());
    if (!done) {
        MessageBox::critical(this, tr("Unlink Incident"), done.error().message);
        return;
    }
    saved();
}


void RelationsTab::fillCriticality()
{
    const int current = qMax(0, m_criticality->currentIndex());
    m_criticality->clear();
    m_criticality->addItem(tr("Criticality: —"), QString());
    for (const QString &level : { QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low") })
        m_criticality->addItem(criticalityLabel(level), level);
    m_criticality->setCurrentIndex(current);
}

void RelationsTab::retranslate()
{
    fillCriticality();
    m_assetsBox->setTitle(tr("Affected assets"));
    m_assetsEmpty->setText(tr("No affected assets recorded. Add the hosts, accounts or services this incident touches."));
    m_assets->setHeaderLabels({ tr("Name"), tr("IP address / host"), tr("Owner department"), tr("Criticality") });
    m_assets->setAccessibleName(tr("Affected assets"));
    m_assetName->setPlaceholderText(tr("Asset name, e.g. web server www1"));
    m_assetName->setAccessibleName(tr("Asset name"));
    m_assetHost->setPlaceholderText(tr("IP address or host name"));
    m_assetHost->setAccessibleName(tr("IP address or host name"));
    m_assetOwner->setPlaceholderText(tr("Owner department"));
    m_assetOwner->setAccessibleName(tr("Owner department"));
    m_criticality->setAccessibleName(tr("Criticality"));
    m_addAsset->setText(tr("Add &Asset"));
    m_removeAsset->setText(tr("&Remove Asset…"));
    m_linksBox->setTitle(tr("Related incidents"));
    m_linksEmpty->setText(tr("No related incidents. Link one by its identifier; double-click a linked incident to "
                             "open it."));
    m_links->setHeaderLabels({ tr("Incident"), tr("Title"), tr("Status") });
    m_links->setAccessibleName(tr("Related incidents"));
    m_linkLabel->setText(tr("&Identifier:"));
    m_linkIdent->setPlaceholderText(tr("e.g. INC-2026-0002"));
    m_addLink->setText(tr("&Link Incident"));
    m_addLink->setToolTip(tr("Link the incident with this identifier; the link shows on both incidents"));
    m_removeLink->setText(tr("&Unlink"));
}

} // namespace csirtkit
