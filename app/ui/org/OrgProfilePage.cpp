#include "org/OrgProfilePage.h"

#include "ui_OrgProfilePage.h"

#include "common/MarkdownEditor.h"
#include "org/ChangeProfileFieldCommand.h"
#include "org/OrgProfileRepository.h"
#include "org/OrgProfileValidator.h"
#include "workspace/WorkspaceSession.h"

#include <QCompleter>
#include <QEvent>
#include <QTimeZone>
#include <QUndoStack>

namespace csirtkit {

using Field = OrgProfile::Field;

OrgProfilePage::OrgProfilePage(QWidget *parent)
    : Page(parent), m_ui(std::make_unique<::Ui::OrgProfilePage>()), m_notes(new MarkdownEditor(this))
{
    m_ui->setupUi(this);
    m_ui->notesLayout->addWidget(m_notes);
    m_notes->setObjectName(QStringLiteral("notesMarkdownEditor"));
    updateTitleFont();

    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    m_ui->timeZoneComboBox->addItem(QString());
    m_ui->timeZoneComboBox->addItems(zones);
    m_ui->timeZoneComboBox->completer()->setFilterMode(Qt::MatchContains);
    m_ui->timeZoneComboBox->completer()->setCompletionMode(QCompleter::PopupCompletion);

    const QList<std::pair<Field, QWidget *>> widgets = {
        { Field::Name, m_ui->nameLineEdit },
        { Field::ShortName, m_ui->shortNameLineEdit },
        { Field::Constituency, m_ui->constituencyPlainTextEdit },
        { Field::Mission, m_ui->missionPlainTextEdit },
        { Field::TimeZone, m_ui->timeZoneComboBox },
        { Field::OperatingHours, m_ui->operatingHoursLineEdit },
        { Field::Languages, m_ui->languagesLineEdit },
        { Field::Email, m_ui->emailLineEdit },
        { Field::Phone, m_ui->phoneLineEdit },
        { Field::Address, m_ui->addressPlainTextEdit },
        { Field::PgpFingerprint, m_ui->pgpFingerprintLineEdit },
        { Field::Notes, m_notes },
    };
    for (const auto &[field, widget] : widgets) {
        m_widgetOf.insert(int(field), widget);
        if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            m_fieldOf.insert(line, field);
            connect(line, &QLineEdit::editingFinished, this, [this, field, line] { commit(field, line->text()); });
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
            m_fieldOf.insert(plain, field);
            plain->installEventFilter(this);
        }
    }
    auto *zoneEdit = m_ui->timeZoneComboBox->lineEdit();
    connect(zoneEdit, &QLineEdit::editingFinished, this,
            [this] { commit(Field::TimeZone, m_ui->timeZoneComboBox->currentText()); });
    connect(m_ui->timeZoneComboBox, &QComboBox::activated, this,
            [this] { commit(Field::TimeZone, m_ui->timeZoneComboBox->currentText()); });
    connect(m_notes, &MarkdownEditor::textCommitted, this, [this](const QString &text) { commit(Field::Notes, text); });
    m_ui->profileErrorLabel->setStyleSheet(QStringLiteral("color: #d93025; font-weight: bold;"));
    m_notes->setPlaceholderText(tr("Anything worth keeping about the organisation: history, sponsors, "
                                   "related teams… Markdown formatting is supported."));
}

OrgProfilePage::~OrgProfilePage() = default;

void OrgProfilePage::setSession(WorkspaceSession *session)
{
    m_session = session;
    connect(session, &WorkspaceSession::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("org_profile") || entity == QLatin1String("worksheet")) // the framework edits its mission
            reload();
    });
    const bool editable = !session->isReadOnly();
    for (QWidget *widget : std::as_const(m_widgetOf)) {
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setReadOnly(!editable);
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            plain->setReadOnly(!editable);
    }
    m_ui->timeZoneComboBox->setEnabled(editable);
    m_notes->setReadOnly(!editable);
    showError(QString());
    reload();
}

QString OrgProfilePage::errorText() const
{
    return m_ui->profileErrorLabel->isVisibleTo(this) ? m_ui->profileErrorLabel->text() : QString();
}

void OrgProfilePage::reload()
{
    auto profile = OrgProfileRepository(m_session->workspace()).load();
    if (!profile) {
        showError(profile.error().message);
        return;
    }
    m_profile = *profile;
    for (auto field : OrgProfile::allFields())
        setWidgetText(field, m_profile.value(field));
    Q_EMIT titleChanged();
}

QString OrgProfilePage::widgetText(Field field) const
{
    QWidget *widget = m_widgetOf.value(int(field));
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        return line->text();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        return plain->toPlainText();
    if (field == Field::TimeZone)
        return m_ui->timeZoneComboBox->currentText();
    return m_notes->text();
}

void OrgProfilePage::setWidgetText(Field field, const QString &text)
{
    if (widgetText(field) == text)
        return;
    QWidget *widget = m_widgetOf.value(int(field));
    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        line->setText(text);
        if (!line->hasFocus())
            line->setCursorPosition(0); // a long value shows its start, not its tail
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        plain->setPlainText(text);
    else if (field == Field::TimeZone)
        m_ui->timeZoneComboBox->setCurrentText(text);
    else
        m_notes->setText(text);
}

void OrgProfilePage::commit(Field field, const QString &text)
{
    if (!m_session || m_session->isReadOnly())
        return;
    const QString current = m_profile.value(field);
    auto valid = OrgProfileValidator::validate(field, text);
    if (!valid) {
        showError(valid.error().message);
        return;
    }
    showError(QString());
    if (*valid == current) {
        setWidgetText(field, current);
        return;
    }
    m_session->undoStack()->push(new ChangeProfileFieldCommand(m_session, field, current, *valid));
}

void OrgProfilePage::showError(const QString &message)
{
    m_ui->profileErrorLabel->setText(message);
    m_ui->profileErrorLabel->setVisible(!message.isEmpty());
}

bool OrgProfilePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && m_fieldOf.contains(watched)) {
        const Field field = m_fieldOf.value(watched);
        commit(field, widgetText(field));
    }
    return Page::eventFilter(watched, event);
}

void OrgProfilePage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_notes->setPlaceholderText(tr("Anything worth keeping about the organisation: history, sponsors, "
                                       "related teams… Markdown formatting is supported."));
        Q_EMIT titleChanged();
    } else if (event->type() == QEvent::FontChange) {
        updateTitleFont();
    }
}

void OrgProfilePage::updateTitleFont()
{
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_ui->titleLabel->setFont(font);
}

} // namespace csirtkit
