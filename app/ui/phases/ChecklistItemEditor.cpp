#include "phases/ChecklistItemEditor.h"

#include "common/FileDialog.h"
#include "common/Language.h"
#include "common/MarkdownEditor.h"
#include "common/MessageBox.h"
#include "common/ToolTip.h"
#include "phases/PlanCommands.h"
#include "phases/PlanRepository.h"
#include "workspace/WorkspaceSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QUrl>

namespace csirtkit {

ChecklistItemEditor::ChecklistItemEditor(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_status(new QComboBox(this)), m_reason(new QLineEdit(this)),
      m_owner(new QLineEdit(this)), m_hasDue(new QCheckBox(this)), m_due(new QDateEdit(this)),
      m_notes(new MarkdownEditor(this)), m_evidence(new QListWidget(this)), m_addLink(new QPushButton(this)),
      m_addFile(new QPushButton(this)), m_open(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_error(new QLabel(this)), m_statusLabel(new QLabel(this)), m_reasonLabel(new QLabel(this)),
      m_ownerLabel(new QLabel(this)), m_dueLabel(new QLabel(this)), m_notesLabel(new QLabel(this)),
      m_evidenceLabel(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("itemTitleLabel"));
    m_status->setObjectName(QStringLiteral("itemStatusComboBox"));
    m_reason->setObjectName(QStringLiteral("itemReasonLineEdit"));
    m_owner->setObjectName(QStringLiteral("itemOwnerLineEdit"));
    m_hasDue->setObjectName(QStringLiteral("itemHasDueCheckBox"));
    m_due->setObjectName(QStringLiteral("itemDueDateEdit"));
    m_notes->setObjectName(QStringLiteral("itemNotesEditor"));
    m_evidence->setObjectName(QStringLiteral("itemEvidenceListWidget"));
    m_addLink->setObjectName(QStringLiteral("addLinkPushButton"));
    m_addFile->setObjectName(QStringLiteral("addFilePushButton"));
    m_open->setObjectName(QStringLiteral("openEvidencePushButton"));
    m_remove->setObjectName(QStringLiteral("removeEvidencePushButton"));
    m_error->setObjectName(QStringLiteral("itemErrorLabel"));
    for (QLabel *label : { m_title, m_error })
        label->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d93025; font-weight: bold;"));
    m_error->hide();
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setDate(QDate::currentDate());
    m_notes->setMinimumHeight(110);
    m_evidence->setMaximumHeight(90);

    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    auto *evidenceButtons = new QGridLayout; // two rows: the labels are long in Japanese
    evidenceButtons->addWidget(m_addLink, 0, 0);
    evidenceButtons->addWidget(m_addFile, 0, 1);
    evidenceButtons->addWidget(m_open, 1, 0);
    evidenceButtons->addWidget(m_remove, 1, 1);
    auto *form = new QFormLayout;
    form->addRow(m_statusLabel, m_status);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_ownerLabel, m_owner);
    form->addRow(m_dueLabel, dueRow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_evidenceLabel);
    layout->addWidget(m_evidence);
    layout->addLayout(evidenceButtons);

    connect(m_status, &QComboBox::activated, this, &ChecklistItemEditor::commitStatus);
    connect(m_reason, &QLineEdit::editingFinished, this, &ChecklistItemEditor::commitStatus);
    connect(m_owner, &QLineEdit::editingFinished, this, &ChecklistItemEditor::commitOwner);
    connect(m_hasDue, &QCheckBox::toggled, this, &ChecklistItemEditor::commitDue);
    connect(m_due, &QDateEdit::editingFinished, this, &ChecklistItemEditor::commitDue);
    connect(m_notes, &MarkdownEditor::textCommitted, this, [this](const QString &text) {
        if (m_item && m_session && text != m_item->notes)
            m_session->undoStack()->push(PlanCommands::setNotes(m_session, *m_item, text));
    });
    connect(m_addLink, &QPushButton::clicked, this, &ChecklistItemEditor::addLink);
    connect(m_addFile, &QPushButton::clicked, this, &ChecklistItemEditor::addFile);
    connect(m_open, &QPushButton::clicked, this, &ChecklistItemEditor::openEvidence);
    connect(m_remove, &QPushButton::clicked, this, &ChecklistItemEditor::removeEvidence);
    connect(m_evidence, &QListWidget::itemActivated, this, &ChecklistItemEditor::openEvidence);
    retranslate();
    setItem(std::nullopt);
}

void ChecklistItemEditor::setSession(WorkspaceSession *session)
{
    m_session = session;
}

void ChecklistItemEditor::setItem(const std::optional<PlanItem> &item)
{
    const bool sameItem = item && m_item && item->id == m_item->id;
    m_item = item;
    const bool editable = item && m_session && !m_session->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *> { m_status, m_reason, m_owner, m_hasDue, m_addLink, m_addFile })
        w->setEnabled(editable);
    m_notes->setReadOnly(!editable);
    if (!sameItem)
        showError(QString());
    if (!item) {
        m_title->setText(tr("Select a checklist item to see and edit its details."));
        m_owner->clear();
        m_reason->clear();
        m_notes->setText(QString());
        m_evidence->clear();
        m_due->setEnabled(false);
        m_open->setEnabled(false);
        m_remove->setEnabled(false);
        return;
    }
    m_title->setText(item->text(Language::current()));
    const QSignalBlocker b1(m_status), b2(m_hasDue), b3(m_due);
    m_status->setCurrentIndex(m_status->findData(PlanText::statusKey(item->status)));
    m_reason->setText(item->naReason);
    const bool na = item->status == ItemStatus::NotApplicable;
    m_reason->setVisible(na);
    m_reasonLabel->setVisible(na);
    m_owner->setText(item->owner);
    m_hasDue->setChecked(item->due.isValid());
    if (item->due.isValid())
        m_due->setDate(item->due);
    m_due->setEnabled(editable && item->due.isValid());
    m_notes->setText(item->notes);
    reloadEvidence();
}

void ChecklistItemEditor::reloadEvidence()
{
    m_evidence->clear();
    if (!m_item || !m_session)
        return;
    auto list = PlanRepository(m_session->workspace()).evidence(m_item->id);
    if (list) {
        for (const PlanEvidence &e : std::as_const(*list)) {
            auto *row = new QListWidgetItem(e.label.isEmpty() ? e.target : e.label + QStringLiteral(" — ") + e.target);
            row->setData(Qt::UserRole, e.id);
            row->setData(Qt::UserRole + 1, e.target);
            row->setToolTip(plainToolTip(e.target));
            m_evidence->addItem(row);
        }
    }
    const bool has = m_evidence->count() > 0;
    m_open->setEnabled(has);
    m_remove->setEnabled(has && !m_session->isReadOnly());
}

QString ChecklistItemEditor::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ChecklistItemEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ChecklistItemEditor::commitStatus()
{
    if (!m_item || !m_session)
        return;
    const auto status = PlanText::statusFromKey(m_status->currentData().toString()).value_or(ItemStatus::NotStarted);
    const bool na = status == ItemStatus::NotApplicable;
    m_reason->setVisible(na);
    m_reasonLabel->setVisible(na);
    const QString reason = na ? m_reason->text().trimmed() : QString();
    if (status == m_item->status && reason == m_item->naReason) {
        showError(QString());
        return;
    }
    if (na && reason.isEmpty()) {
        showError(tr("Say why this item does not apply, then press Enter: “not applicable” needs a reason."));
        m_reason->setFocus();
        return;
    }
    showError(QString());
    m_session->undoStack()->push(PlanCommands::setStatus(m_session, *m_item, status, reason));
}

void ChecklistItemEditor::commitOwner()
{
    if (m_item && m_session && m_owner->text().trimmed() != m_item->owner)
        m_session->undoStack()->push(PlanCommands::setOwner(m_session, *m_item, m_owner->text()));
}

void ChecklistItemEditor::commitDue()
{
    if (!m_item || !m_session)
        return;
    m_due->setEnabled(m_hasDue->isChecked() && !m_session->isReadOnly());
    const QDate due = m_hasDue->isChecked() ? m_due->date() : QDate();
    if (due != m_item->due)
        m_session->undoStack()->push(PlanCommands::setDueDate(m_session, *m_item, due));
}

void ChecklistItemEditor::addLink()
{
    if (!m_item || !m_session)
        return;
    bool accepted = false;
    const QString text = QInputDialog::getText(this, tr("Add Evidence Link"),
                                               tr("Web address (https://…) of the document or record:"),
                                               QLineEdit::Normal, QString(), &accepted);
    if (!accepted)
        return;
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        showError(tr("“%1” is not a web address. Enter it like https://intranet.example/csirt/charter.").arg(text));
        return;
    }
    showError(QString());
    m_session->undoStack()->push(PlanCommands::addEvidence(m_session, *m_item, url.toString(), QString()));
}

void ChecklistItemEditor::addFile()
{
    if (!m_item || !m_session)
        return;
    const QString path = FileDialog::openFileName(this, tr("Add Evidence File"), QDir::homePath(), tr("All files (*)"));
    if (path.isEmpty())
        return;
    m_session->undoStack()->push(
        PlanCommands::addEvidence(m_session, *m_item, QDir::toNativeSeparators(path), QFileInfo(path).fileName()));
}

void ChecklistItemEditor::openEvidence()
{
    const QListWidgetItem *row = m_evidence->currentItem();
    if (!row)
        return;
    // Workspaces are shared: open only web pages and ordinary files, never programs or other schemes.
    const QString target = row->data(Qt::UserRole + 1).toString();
    const QUrl web(target);
    const bool isWeb = web.scheme() == QLatin1String("https") || web.scheme() == QLatin1String("http");
    const QFileInfo file(target);
    if (!isWeb && !file.isAbsolute()) {
        showError(tr("“%1” is neither a web address nor a file, so it is not opened.").arg(target));
        return;
    }
    if (!isWeb) {
        static const QStringList runnable = { QStringLiteral("desktop"), QStringLiteral("sh"), QStringLiteral("exe"),
                                              QStringLiteral("bat"), QStringLiteral("cmd"), QStringLiteral("ps1"),
                                              QStringLiteral("js"), QStringLiteral("jar"), QStringLiteral("py"),
                                              QStringLiteral("appimage"), QStringLiteral("msi"), QStringLiteral("vbs") };
        if (file.isExecutable() || runnable.contains(file.suffix().toLower())) {
            showError(tr("“%1” is a program or script. CSIRT Kit does not run evidence files; open it yourself if "
                         "you trust it.").arg(target));
            return;
        }
        if (MessageBox::question(this, tr("Open Evidence"), tr("Open this file with its default application?\n%1").arg(target),
                                 QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open)
            != QMessageBox::Open)
            return;
    }
    const QUrl url = isWeb ? web : QUrl::fromLocalFile(target);
    if (!QDesktopServices::openUrl(url))
        showError(tr("“%1” could not be opened. Check that the file still exists or the address is right.").arg(target));
}

void ChecklistItemEditor::removeEvidence()
{
    const QListWidgetItem *row = m_evidence->currentItem();
    if (!row || !m_item || !m_session)
        return;
    m_session->undoStack()->push(PlanCommands::removeEvidence(m_session, *m_item, row->data(Qt::UserRole).toLongLong()));
}

void ChecklistItemEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ChecklistItemEditor::retranslate()
{
    const QString current = m_status->currentData().toString();
    {
        const QSignalBlocker blocker(m_status);
        m_status->clear();
        for (ItemStatus s : PlanText::allStatuses())
            m_status->addItem(PlanText::statusLabel(s), PlanText::statusKey(s));
        m_status->setCurrentIndex(qMax(0, m_status->findData(current)));
    }
    m_statusLabel->setText(tr("Status"));
    m_reasonLabel->setText(tr("Reason"));
    m_ownerLabel->setText(tr("Owner"));
    m_dueLabel->setText(tr("Due date"));
    m_notesLabel->setText(tr("Notes"));
    m_evidenceLabel->setText(tr("Evidence"));
    m_hasDue->setText(tr("Set"));
    m_reason->setPlaceholderText(tr("Why the item does not apply"));
    m_owner->setPlaceholderText(tr("Who is responsible"));
    m_addLink->setText(tr("Add Link…"));
    m_addFile->setText(tr("Add File…"));
    m_open->setText(tr("Open"));
    m_remove->setText(tr("Remove"));
    m_status->setAccessibleName(tr("Status"));
    m_reason->setAccessibleName(tr("Reason"));
    m_owner->setAccessibleName(tr("Owner"));
    m_due->setAccessibleName(tr("Due date"));
    m_evidence->setAccessibleName(tr("Evidence"));
    m_title->setText(m_item ? m_item->text(Language::current()) : tr("Select a checklist item to see and edit its details."));
}

} // namespace csirtkit
