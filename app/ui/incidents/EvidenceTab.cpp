#include "incidents/EvidenceTab.h"

#include "common/Config.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/TextRules.h"
#include "common/ToolTip.h"
#include "incidents/EvidenceRegister.h"
#include "workspace/WorkspaceSession.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <atomic>
#include <optional>

namespace csirtkit {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int StateRole = Qt::UserRole + 1;
enum Column { ItemColumn, DescriptionColumn, StoredAtColumn, CollectedByColumn, CollectedAtColumn, HashColumn, StateColumn };
constexpr qint64 ShowProgressAtOnce = 16 * 1024 * 1024; // smaller files hash before a dialog would be seen

using HashResult = Result<EvidenceRegister::FileHash>;

// Hashes `path` on a worker thread — the database stays on this one — behind a progress dialog whose
// Cancel stops the worker at its next chunk. Returns nothing when the user cancelled.
std::optional<HashResult> hashWithProgress(QWidget *parent, const QString &path, const QString &label)
{
    std::atomic<bool> cancelled = false;
    std::atomic<qint64> done = 0;
    const qint64 total = QFileInfo(path).size();
    std::optional<HashResult> result;
    QProgressDialog dialog(label, EvidenceTab::tr("Cancel"), 0, 1000, parent);
    dialog.setObjectName(QStringLiteral("hashProgressDialog"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(total >= ShowProgressAtOnce ? 0 : 500);
    QEventLoop loop;
    QThread *worker = QThread::create([&] {
        result = EvidenceRegister::hashFile(path, [&](qint64 read, qint64) {
            done = read;
            return !cancelled.load();
        });
    });
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [&] { cancelled = true; });
    QTimer timer;
    timer.setInterval(50);
    QObject::connect(&timer, &QTimer::timeout, &dialog, [&] {
        if (!cancelled)
            dialog.setValue(total > 0 ? int(qMin<qint64>(999, done * 1000 / total)) : 0);
    });
    dialog.setValue(0);
    worker->start();
    timer.start();
    loop.exec();
    worker->wait();
    delete worker;
    if (cancelled)
        return std::nullopt;
    return result;
}

} // namespace

EvidenceTab::EvidenceTab(QWidget *parent)
    : RecordTab(parent), m_emptyLabel(new QLabel(this)), m_view(recordView(this, QStringLiteral("evidenceView"), 7)),
      m_reverify(new QPushButton(this)), m_addBox(new QGroupBox(this)), m_itemLabel(new QLabel(this)),
      m_descriptionLabel(new QLabel(this)), m_storedAtLabel(new QLabel(this)), m_collectedByLabel(new QLabel(this)),
      m_collectedAtLabel(new QLabel(this)), m_fileLabel(new QLabel(this)),
      m_item(entryLineEdit(this, QStringLiteral("evidenceItemLineEdit"))),
      m_description(entryLineEdit(this, QStringLiteral("evidenceDescriptionLineEdit"))),
      m_storedAt(entryLineEdit(this, QStringLiteral("evidenceStoredAtLineEdit"))),
      m_collectedBy(entryLineEdit(this, QStringLiteral("evidenceCollectedByLineEdit"))),
      m_collectedAt(entryLineEdit(this, QStringLiteral("evidenceCollectedAtLineEdit"))),
      m_file(entryLineEdit(this, QStringLiteral("evidenceFileLineEdit"))), m_zoneLabel(new QLabel(this)),
      m_browse(new QPushButton(this)), m_add(new QPushButton(this)), m_status(new QLabel(this)),
      m_custodyBox(new QGroupBox(this)), m_custodyHint(new QLabel(this)),
      m_custody(recordView(this, QStringLiteral("custodyView"), 4)),
      m_custodyFrom(entryLineEdit(this, QStringLiteral("custodyFromLineEdit"))),
      m_custodyTo(entryLineEdit(this, QStringLiteral("custodyToLineEdit"))),
      m_custodyWhen(entryLineEdit(this, QStringLiteral("custodyWhenLineEdit"))),
      m_custodyPurpose(entryLineEdit(this, QStringLiteral("custodyPurposeLineEdit"))), m_addCustody(new QPushButton(this))
{
    m_reverify->setObjectName(QStringLiteral("reverifyEvidenceButton"));
    m_browse->setObjectName(QStringLiteral("browseEvidenceButton"));
    m_add->setObjectName(QStringLiteral("addEvidenceButton"));
    m_addCustody->setObjectName(QStringLiteral("addCustodyButton"));
    m_emptyLabel->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_custodyHint->setWordWrap(true);
    m_zoneLabel->setTextFormat(Qt::PlainText);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    for (int column : { CollectedByColumn, CollectedAtColumn, HashColumn, StateColumn })
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    header->resizeSection(ItemColumn, 220);
    header->resizeSection(StoredAtColumn, 160);
    m_custody->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_custody->header()->resizeSection(1, 120);
    m_custody->header()->resizeSection(2, 120);

    auto *form = new QFormLayout;
    form->addRow(m_itemLabel, m_item);
    form->addRow(m_descriptionLabel, m_description);
    form->addRow(m_storedAtLabel, m_storedAt);
    form->addRow(m_collectedByLabel, m_collectedBy);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_collectedAt, 1);
    timeRow->addWidget(m_zoneLabel);
    form->addRow(m_collectedAtLabel, timeRow);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    form->addRow(m_fileLabel, fileRow);
    form->addRow(QString(), m_add);
    m_addBox->setLayout(form);
    const QList<std::pair<QLabel *, QWidget *>> buddies = { { m_itemLabel, m_item }, { m_descriptionLabel, m_description },
        { m_storedAtLabel, m_storedAt }, { m_collectedByLabel, m_collectedBy }, { m_collectedAtLabel, m_collectedAt },
        { m_fileLabel, m_file } };
    for (const auto &[label, field] : buddies)
        label->setBuddy(field);

    auto *custodyForm = new QFormLayout;
    auto *custodyLayout = new QVBoxLayout(m_custodyBox);
    custodyLayout->addWidget(m_custodyHint);
    custodyLayout->addWidget(m_custody, 1);
    custodyLayout->addLayout(custodyForm);
    for (QLineEdit *edit : { m_custodyFrom, m_custodyTo, m_custodyWhen, m_custodyPurpose }) {
        auto *label = new QLabel(m_custodyBox);
        label->setBuddy(edit);
        m_custodyLabels << label;
        custodyForm->addRow(label, edit);
    }
    custodyForm->addRow(QString(), m_addCustody);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_reverify);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_addBox, 1);
    bottom->addWidget(m_custodyBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addLayout(bottom);

    connect(m_browse, &QPushButton::clicked, this, &EvidenceTab::browse);
    connect(m_add, &QPushButton::clicked, this, &EvidenceTab::addEvidence);
    connect(m_reverify, &QPushButton::clicked, this, &EvidenceTab::reverify);
    connect(m_addCustody, &QPushButton::clicked, this, &EvidenceTab::addCustody);
    for (QLineEdit *edit : { m_item, m_description, m_storedAt, m_collectedBy, m_collectedAt, m_file })
        connect(edit, &QLineEdit::returnPressed, this, &EvidenceTab::addEvidence);
    for (QLineEdit *edit : { m_custodyFrom, m_custodyTo, m_custodyWhen, m_custodyPurpose })
        connect(edit, &QLineEdit::returnPressed, this, &EvidenceTab::addCustody);
    connect(m_view, &QTreeWidget::itemSelectionChanged, this, [this] {
        reloadCustody();
        updateButtons();
    });
    retranslate();
    updateButtons();
}

EvidenceTab::~EvidenceTab() = default;

QString EvidenceTab::title() const
{
    return tr("Evidence (%1)").arg(m_count);
}

void EvidenceTab::startIncident()
{
    m_view->clear();
    resetForm();
}

void EvidenceTab::resetForm()
{
    for (QLineEdit *edit : { m_item, m_description, m_storedAt, m_file, m_custodyFrom, m_custodyTo, m_custodyWhen,
                             m_custodyPurpose })
        edit->clear();
    m_custodyFromDefault.clear();
    m_collectedBy->setText(Config::get(Config::Key::UserName).toString());
    m_collectedAt->setText(WorkspaceTimeZone::format(QDateTime::currentDateTimeUtc(), m_zone));
}


Result<void> EvidenceTab::refresh()
{
    const qint64 keep = selectedId(m_view);
    auto items = EvidenceRegister(m_session->workspace()).list(m_incidentId);
    if (!items)
        return items.error();
    const QSignalBlocker blocker(m_view);
    m_view->clear();
    for (const EvidenceItem &e : *items) {
        auto *row = new QTreeWidgetItem(m_view);
        row->setData(ItemColumn, IdRole, e.id);
        row->setText(ItemColumn, TextRules::visible(e.item)); // a file name may hide its type behind U+202E
        row->setText(DescriptionColumn, TextRules::visible(e.description));
        row->setToolTip(DescriptionColumn, plainToolTip(TextRules::visible(e.description)));
        row->setText(StoredAtColumn, e.storedAt);
        row->setText(CollectedByColumn, e.collectedBy);
        row->setText(CollectedAtColumn, e.collectedUtc.isValid() ? WorkspaceTimeZone::format(e.collectedUtc, m_zone) : tr("unknown"));
        row->setText(HashColumn, e.sha256.isEmpty() ? tr("no file") : e.sha256.left(16) + QStringLiteral("…"));
        if (!e.sha256.isEmpty())
            row->setToolTip(HashColumn, plainToolTip(tr("SHA-256: %1\nFile: %2\nSize: %3 bytes").arg(e.sha256, TextRules::visible(e.filePath), QLocale().toString(e.size))));
        row->setData(StateColumn, StateRole, e.verifyState);
        const bool bad = e.verifyState == QLatin1String("changed") || e.verifyState == QLatin1String("missing");
        row->setText(StateColumn, e.verifyState == QLatin1String("match") ? tr("✓ matches")
                                      : e.verifyState == QLatin1String("changed") ? tr("⚠ CHANGED")
                                      : e.verifyState == QLatin1String("missing") ? tr("⚠ MISSING")
                                      : e.sha256.isEmpty()                         ? tr("no file")
                                                                                   : tr("not verified"));
        if (e.verifiedUtc.isValid())
            row->setToolTip(StateColumn, tr("Last checked %1").arg(WorkspaceTimeZone::format(e.verifiedUtc, m_zone)));
        if (bad) {
            row->setForeground(StateColumn, QColor(0xc0, 0x1c, 0x28));
            QFont font = row->font(StateColumn);
            font.setBold(true);
            row->setFont(StateColumn, font);
        }
        if (e.id == keep)
            m_view->setCurrentItem(row);
    }
    m_emptyLabel->setVisible(items->isEmpty());
    m_zoneLabel->setText(WorkspaceTimeZone::label(m_zone));
    retranslate(); // headers name the zone
    m_count = int(items->size());
    reloadCustody();
    return {};
}

void EvidenceTab::reloadCustody()
{
    m_custody->clear();
    const qint64 id = selectedId(m_view);
    m_custodyBox->setEnabled(id != 0);
    m_custodyHint->setVisible(id == 0);
    if (!m_session || id == 0)
        return;
    EvidenceRegister reg(m_session->workspace());
    auto transfers = reg.transfers(id);
    auto item = reg.item(id);
    if (!transfers || !item)
        return MessageBox::critical(this, tr("Chain of custody"), (!transfers ? transfers.error() : item.error()).message);
    for (const CustodyTransfer &t : *transfers) {
        auto *row = new QTreeWidgetItem(m_custody, { WorkspaceTimeZone::format(t.atUtc, m_zone), t.from, t.to, t.purpose });
        row->setToolTip(3, plainToolTip(t.purpose));
    }
    // Who hands the item over next is whoever holds it now; a name the user typed is kept.
    const QString holder = transfers->isEmpty() ? item->collectedBy : transfers->constLast().to;
    if (m_custodyFrom->text().isEmpty() || m_custodyFrom->text() == m_custodyFromDefault)
        m_custodyFrom->setText(holder);
    m_custodyFromDefault = holder;
}

void EvidenceTab::updateButtons()
{
    m_add->setEnabled(writable());
    m_browse->setEnabled(writable());
    m_reverify->setEnabled(writable() && selectedId(m_view) != 0);
    m_addCustody->setEnabled(writable() && selectedId(m_view) != 0);
}

void EvidenceTab::browse()
{
    const QString path = FileDialog::openFileName(this, tr("Choose the Evidence File"), QFileInfo(m_file->text()).path(),
                                                  tr("All files (*)"));
    if (path.isEmpty())
        return;
    m_file->setText(path);
    if (m_item->text().trimmed().isEmpty())
        m_item->setText(QFileInfo(path).fileName());
}

void EvidenceTab::addEvidence()
{
    if (!m_session || !m_add->isEnabled())
        return;
    EvidenceItem e;
    e.incidentId = m_incidentId;
    e.item = m_item->text();
    e.description = m_description->text().trimmed();
    e.storedAt = m_storedAt->text();
    e.collectedBy = m_collectedBy->text();
    if (!m_collectedAt->text().trimmed().isEmpty()) {
        e.collectedUtc = WorkspaceTimeZone::parse(m_collectedAt->text(), m_zone);
        if (!e.collectedUtc.isValid())
            return MessageBox::critical(this, tr("Add Evidence"),
                                        tr("Enter when the item was collected as “2026-11-22 17:05” (%1), or leave it empty "
                                           "if unknown.").arg(WorkspaceTimeZone::label(m_zone)));
    }
    if (e.item.trimmed().isEmpty()) // before a long hash, not after
        return MessageBox::critical(this, tr("Add Evidence"), tr("Name the evidence item (e.g. “laptop disk image”)."));
    e.filePath = m_file->text().trimmed();
    if (!e.filePath.isEmpty()) {
        e.filePath = QFileInfo(e.filePath).absoluteFilePath();
        m_add->setEnabled(false); // no second hash while this one runs
        QPointer<EvidenceTab> self(this);
        const auto hash = hashWithProgress(this, e.filePath, tr("Computing the SHA-256 of “%1”…").arg(TextRules::visible(QFileInfo(e.filePath).fileName())));
        if (!self)
            return;
        updateButtons();
        if (!hash) {
            m_status->setText(tr("Hashing was cancelled; nothing was recorded."));
            return;
        }
        if (!*hash)
            return MessageBox::critical(this, tr("Add Evidence"), hash->error().message);
        e.sha256 = hash->value().sha256;
        e.size = hash->value().size;
    }
    auto added = EvidenceRegister(m_session->workspace()).add(e);
    if (!added)
        return MessageBox::critical(this, tr("Add Evidence"), added.error().message);
    m_status->setText(e.sha256.isEmpty() ? tr("“%1” was added.").arg(TextRules::visible(e.item.trimmed()))
                                         : tr("“%1” was added with SHA-256 %2.").arg(TextRules::visible(e.item.trimmed()), e.sha256));
    resetForm();
    reload();
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        if (m_view->topLevelItem(i)->data(ItemColumn, IdRole).toLongLong() == *added)
            m_view->setCurrentItem(m_view->topLevelItem(i));
    m_session->notifyChanged(QStringLiteral("incident"));
}

void EvidenceTab::reverify()
{
    const qint64 id = selectedId(m_view);
    if (!m_session || id == 0 || !m_reverify->isEnabled())
        return;
    EvidenceRegister reg(m_session->workspace());
    auto e = reg.item(id);
    if (!e)
        return MessageBox::critical(this, tr("Re-verify"), e.error().message);
    if (e->sha256.isEmpty())
        return MessageBox::information(this, tr("Re-verify"), tr("“%1” was recorded without a file, so there is no hash "
                                                                  "to check.").arg(TextRules::visible(e->item)));
    QString current; // stays empty when the file is gone
    if (QFileInfo::exists(e->filePath)) {
        m_reverify->setEnabled(false);
        QPointer<EvidenceTab> self(this);
        const auto hash = hashWithProgress(this, e->filePath, tr("Checking the SHA-256 of “%1”…").arg(TextRules::visible(e->item)));
        if (!self)
            return;
        updateButtons();
        if (!hash) {
            m_status->setText(tr("Re-verification was cancelled; nothing was recorded."));
            return;
        }
        if (!*hash)
            return MessageBox::critical(this, tr("Re-verify"), hash->error().message);
        current = hash->value().sha256;
    }
    auto state = reg.recordVerification(id, current);
    if (!state)
        return MessageBox::critical(this, tr("Re-verify"), state.error().message);
    saved();
    if (*state == QLatin1String("match"))
        m_status->setText(tr("“%1” still matches its recorded SHA-256.").arg(TextRules::visible(e->item)));
    else if (*state == QLatin1String("changed"))
        MessageBox::critical(this, tr("Evidence Changed"),
                             tr("The file of “%1” has CHANGED: its SHA-256 no longer matches the one recorded at "
                                "collection. Treat it as altered, keep the original copy safe and find out why.").arg(TextRules::visible(e->item)));
    else
        MessageBox::critical(this, tr("Evidence Missing"),
                             tr("The file of “%1” is MISSING: nothing is at “%2” any more. Find where it was moved "
                                "and record that in the chain of custody.").arg(TextRules::visible(e->item), TextRules::visible(e->filePath)));
}

void EvidenceTab::addCustody()
{
    const qint64 id = selectedId(m_view);
    if (!m_session || id == 0 || !m_addCustody->isEnabled())
        return;
    CustodyTransfer t;
    t.evidenceId = id;
    t.from = m_custodyFrom->text();
    t.to = m_custodyTo->text();
    t.purpose = m_custodyPurpose->text();
    if (!m_custodyWhen->text().trimmed().isEmpty()) {
        t.atUtc = WorkspaceTimeZone::parse(m_custodyWhen->text(), m_zone);
        if (!t.atUtc.isValid())
            return MessageBox::critical(this, tr("Add Transfer"),
                                        tr("Enter when the item was handed over as “2026-11-22 17:05” (%1), or leave it "
                                           "empty for now.").arg(WorkspaceTimeZone::label(m_zone)));
    }
    auto added = EvidenceRegister(m_session->workspace()).addTransfer(t);
    if (!added)
        return MessageBox::critical(this, tr("Add Transfer"), added.error().message);
    for (QLineEdit *edit : { m_custodyFrom, m_custodyTo, m_custodyWhen, m_custodyPurpose })
        edit->clear();
    saved();
}


void EvidenceTab::retranslate()
{
    const QString zone = QString::fromUtf8(m_zone.id());
    m_view->setHeaderLabels({ tr("Item"), tr("Description"), tr("Stored at"), tr("Collected by"),
                              tr("Collected at (%1)").arg(zone), tr("SHA-256"), tr("Verification") });
    m_view->setAccessibleName(tr("Evidence items"));
    m_emptyLabel->setText(tr("No evidence recorded yet. Add each item below — with its file, the SHA-256 is computed "
                             "so you can prove later that it has not changed."));
    m_reverify->setText(tr("&Re-verify"));
    m_reverify->setToolTip(tr("Hash the selected item's file again and flag it if it changed or is missing"));
    m_addBox->setTitle(tr("Add evidence"));
    m_itemLabel->setText(tr("&Item:"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_storedAtLabel->setText(tr("&Stored at:"));
    m_collectedByLabel->setText(tr("Collected &by:"));
    m_collectedAtLabel->setText(tr("Collected a&t:"));
    m_fileLabel->setText(tr("&File:"));
    m_item->setPlaceholderText(tr("e.g. laptop disk image"));
    m_storedAt->setPlaceholderText(tr("e.g. evidence locker 3, encrypted share"));
    m_collectedAt->setPlaceholderText(tr("yyyy-mm-dd hh:mm, empty if unknown"));
    m_file->setPlaceholderText(tr("optional: the file to hash"));
    m_browse->setText(tr("Bro&wse…"));
    m_add->setText(tr("&Add Evidence"));
    m_custodyBox->setTitle(tr("Chain of custody"));
    m_custodyHint->setText(tr("Select an item to see and record who handed it to whom."));
    m_custody->setHeaderLabels({ tr("When (%1)").arg(zone), tr("From"), tr("To"), tr("Purpose") });
    m_custody->setAccessibleName(tr("Chain of custody"));
    const QStringList labels = { tr("Fro&m:"), tr("T&o:"), tr("W&hen:"), tr("&Purpose:") };
    for (int row = 0; row < labels.size(); ++row)
        m_custodyLabels.at(row)->setText(labels.at(row));
    m_custodyWhen->setPlaceholderText(tr("empty: now"));
    m_addCustody->setText(tr("Add Tra&nsfer"));
}

} // namespace csirtkit
