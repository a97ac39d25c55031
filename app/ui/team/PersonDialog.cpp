#include "team/PersonDialog.h"

#include "common/Language.h"
#include "team/PeopleRepository.h"
#include "team/PersonValidator.h"
#include "team/RoleCatalogue.h"
#include "team/TeamCoverage.h"
#include "team/TeamEditCommand.h"
#include "workspace/WorkspaceSession.h"

#include "ui_PersonDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>

namespace csirtkit {

namespace {

QWidget *fieldWidget(::Ui::PersonDialog *ui, const QString &field)
{
    const QHash<QString, QWidget *> widgets = {
        { QStringLiteral("name"), ui->nameLineEdit },           { QStringLiteral("department"), ui->departmentLineEdit },
        { QStringLiteral("job_title"), ui->jobTitleLineEdit },  { QStringLiteral("membership"), ui->membershipComboBox },
        { QStringLiteral("share"), ui->shareSpinBox },          { QStringLiteral("email"), ui->emailLineEdit },
        { QStringLiteral("phone_office"), ui->phoneOfficeLineEdit }, { QStringLiteral("phone_mobile"), ui->phoneMobileLineEdit },
        { QStringLiteral("phone_24h"), ui->phone24hLineEdit },  { QStringLiteral("pgp"), ui->pgpLineEdit },
        { QStringLiteral("languages"), ui->languagesLineEdit }, { QStringLiteral("time_zone"), ui->timeZoneComboBox },
        { QStringLiteral("start_date"), ui->startDateLineEdit }, { QStringLiteral("notes"), ui->notesPlainTextEdit },
        { QStringLiteral("skills"), ui->skillsTableWidget },
    };
    return widgets.value(field);
}

} // namespace

PersonDialog::PersonDialog(WorkspaceSession *session, const Person &person, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::PersonDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #d93025; font-weight: bold;"));
    m_ui->errorLabel->hide();
    for (const QString &key : PersonValidator::memberships())
        m_ui->membershipComboBox->addItem(PersonValidator::membershipTitle(key), key);
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_ui->timeZoneComboBox->addItem(QString::fromUtf8(zone));
    const QString language = Language::current();
    const auto &skills = RoleCatalogue::instance().skills();
    QTableWidget *table = m_ui->skillsTableWidget;
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({ tr("Skill"), tr("Kind"), tr("Level"), tr("Roles need") });
    table->setRowCount(int(skills.size()));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto state = TeamState::load(session->workspace());
    for (int r = 0; r < skills.size(); ++r) {
        const TeamSkill &s = skills.at(r);
        auto *name = new QTableWidgetItem(s.title.in(language));
        name->setData(Qt::UserRole, s.key);
        name->setToolTip(s.description.in(language));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        table->setItem(r, 0, name);
        auto *kind = new QTableWidgetItem(s.kind == QLatin1String("personal") ? tr("Personal") : tr("Technical"));
        kind->setFlags(kind->flags() & ~Qt::ItemIsEditable);
        table->setItem(r, 1, kind);
        auto *level = new QSpinBox(table);
        level->setRange(0, 3);
        level->setAccessibleName(s.title.in(language));
        table->setCellWidget(r, 2, level);
        int needed = 0;
        if (state && person.id)
            for (const RoleAssignment &a : state->assignments)
                if (a.person == person.id)
                    if (const EffectiveRole *role = state->role(a.role))
                        needed = std::max(needed, role->skills.value(s.key));
        auto *need = new QTableWidgetItem(needed ? QString::number(needed) : QString());
        need->setFlags(need->flags() & ~Qt::ItemIsEditable);
        table->setItem(r, 3, need);
    }
    m_ui->absencesTableWidget->setColumnCount(3);
    m_ui->absencesTableWidget->setHorizontalHeaderLabels({ tr("From"), tr("To"), tr("Reason") });
    m_ui->absencesTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->absenceFromDateEdit->setDate(QDate::currentDate());
    m_ui->absenceToDateEdit->setDate(QDate::currentDate());
    connect(m_ui->addAbsencePushButton, &QPushButton::clicked, this, [this] {
        addAbsence(m_ui->absenceFromDateEdit->date(), m_ui->absenceToDateEdit->date(), m_ui->absenceReasonLineEdit->text());
    });
    connect(m_ui->removeAbsencePushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->absencesTableWidget->currentRow();
        if (row < 0 || row >= m_absences.size())
            return;
        if (m_absences.at(row).id)
            m_removedAbsences << m_absences.at(row).id;
        m_absences.removeAt(row);
        fillAbsences();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    setWindowTitle(person.id ? tr("Edit %1").arg(person.name) : tr("Add Person"));
    fill(person);
    if (person.id)
        if (auto list = PeopleRepository(session->workspace()).absences(person.id))
            m_absences = *list;
    fillAbsences();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!session->isReadOnly());
}

PersonDialog::~PersonDialog() = default;

void PersonDialog::fill(const Person &p)
{
    m_id = p.id;
    m_ui->nameLineEdit->setText(p.name);
    m_ui->departmentLineEdit->setText(p.department);
    m_ui->jobTitleLineEdit->setText(p.jobTitle);
    m_ui->membershipComboBox->setCurrentIndex(std::max(0, m_ui->membershipComboBox->findData(p.membership)));
    m_ui->shareSpinBox->setValue(p.share);
    m_ui->emailLineEdit->setText(p.email);
    m_ui->phoneOfficeLineEdit->setText(p.phoneOffice);
    m_ui->phoneMobileLineEdit->setText(p.phoneMobile);
    m_ui->phone24hLineEdit->setText(p.phone24h);
    m_ui->pgpLineEdit->setText(PersonValidator::formatFingerprint(p.pgp));
    m_ui->languagesLineEdit->setText(p.languages);
    m_ui->timeZoneComboBox->setCurrentText(p.timeZone);
    m_ui->startDateLineEdit->setText(p.startDate.isValid() ? p.startDate.toString(Qt::ISODate) : QString());
    m_ui->notesPlainTextEdit->setPlainText(p.notes);
    m_ui->activeCheckBox->setChecked(p.active);
    for (auto it = p.skills.cbegin(); it != p.skills.cend(); ++it)
        setSkill(it.key(), it.value());
}

void PersonDialog::fillAbsences()
{
    QTableWidget *table = m_ui->absencesTableWidget;
    table->setRowCount(int(m_absences.size()));
    for (int r = 0; r < m_absences.size(); ++r) {
        const Absence &a = m_absences.at(r);
        table->setItem(r, 0, new QTableWidgetItem(a.from.toString(Qt::ISODate)));
        table->setItem(r, 1, new QTableWidgetItem(a.to.toString(Qt::ISODate)));
        table->setItem(r, 2, new QTableWidgetItem(a.reason));
    }
}

Person PersonDialog::person() const
{
    Person p;
    p.id = m_id;
    p.name = m_ui->nameLineEdit->text();
    p.department = m_ui->departmentLineEdit->text();
    p.jobTitle = m_ui->jobTitleLineEdit->text();
    p.membership = m_ui->membershipComboBox->currentData().toString();
    p.share = m_ui->shareSpinBox->value();
    p.email = m_ui->emailLineEdit->text();
    p.phoneOffice = m_ui->phoneOfficeLineEdit->text();
    p.phoneMobile = m_ui->phoneMobileLineEdit->text();
    p.phone24h = m_ui->phone24hLineEdit->text();
    p.pgp = m_ui->pgpLineEdit->text();
    p.languages = m_ui->languagesLineEdit->text();
    p.timeZone = m_ui->timeZoneComboBox->currentText();
    p.startDate = QDate::fromString(m_ui->startDateLineEdit->text().trimmed(), Qt::ISODate);
    p.notes = m_ui->notesPlainTextEdit->toPlainText();
    p.active = m_ui->activeCheckBox->isChecked();
    for (int r = 0; r < m_ui->skillsTableWidget->rowCount(); ++r)
        if (const auto *level = qobject_cast<QSpinBox *>(m_ui->skillsTableWidget->cellWidget(r, 2)); level && level->value() > 0)
            p.skills.insert(m_ui->skillsTableWidget->item(r, 0)->data(Qt::UserRole).toString(), level->value());
    return PersonValidator::normalised(p);
}

void PersonDialog::setField(const QString &field, const QString &value)
{
    QWidget *w = fieldWidget(m_ui.get(), field);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        line->setText(value);
    else if (auto *combo = qobject_cast<QComboBox *>(w))
        combo->isEditable() ? combo->setCurrentText(value) : combo->setCurrentIndex(combo->findData(value));
    else if (auto *spin = qobject_cast<QSpinBox *>(w))
        spin->setValue(value.toInt());
    else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        text->setPlainText(value);
}

void PersonDialog::setSkill(const QString &skill, int level)
{
    for (int r = 0; r < m_ui->skillsTableWidget->rowCount(); ++r)
        if (m_ui->skillsTableWidget->item(r, 0)->data(Qt::UserRole).toString() == skill)
            if (auto *spin = qobject_cast<QSpinBox *>(m_ui->skillsTableWidget->cellWidget(r, 2)))
                spin->setValue(level);
}

void PersonDialog::addAbsence(QDate from, QDate to, const QString &reason)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        m_ui->errorLabel->setText(tr("The absence ends (%1) before it starts (%2).")
                                      .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
        m_ui->errorLabel->show();
        m_ui->personTabWidget->setCurrentWidget(m_ui->absencesTab);
        return;
    }
    m_ui->errorLabel->hide();
    m_absences.append({ 0, m_id, from, to, reason.trimmed() });
    fillAbsences();
}

bool PersonDialog::showProblems(const QString &startDateProblem)
{
    QList<FieldProblem> problems = PersonValidator::problems(person());
    if (!startDateProblem.isEmpty())
        problems.append({ QStringLiteral("start_date"), startDateProblem });
    for (const QString &field : { QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone_office"),
                                  QStringLiteral("phone_mobile"), QStringLiteral("phone_24h"), QStringLiteral("pgp"),
                                  QStringLiteral("time_zone"), QStringLiteral("start_date"), QStringLiteral("share") })
        if (QWidget *w = fieldWidget(m_ui.get(), field)) {
            w->setStyleSheet(QString());
            w->setToolTip(QString());
        }
    QStringList messages;
    for (const FieldProblem &p : problems) {
        messages << p.message;
        if (QWidget *w = fieldWidget(m_ui.get(), p.field)) {
            w->setStyleSheet(QStringLiteral("border: 2px solid #d93025;"));
            w->setToolTip(p.message);
        }
    }
    m_ui->errorLabel->setText(messages.join(u'\n'));
    m_ui->errorLabel->setVisible(!messages.isEmpty());
    if (!problems.isEmpty()) {
        const QString first = problems.first().field;
        m_ui->personTabWidget->setCurrentWidget(first == QLatin1String("skills") ? m_ui->skillsTab : m_ui->detailsTab);
        if (QWidget *w = fieldWidget(m_ui.get(), first))
            w->setFocus();
    }
    return problems.isEmpty();
}

bool PersonDialog::save()
{
    const QString dateText = m_ui->startDateLineEdit->text().trimmed();
    const QString dateProblem = !dateText.isEmpty() && !QDate::fromString(dateText, Qt::ISODate).isValid()
        ? tr("“%1” is not a date; write it as YYYY-MM-DD, or leave it empty.").arg(dateText)
        : QString();
    if (!showProblems(dateProblem))
        return false;
    PeopleRepository repo(m_session->workspace());
    const Person p = person();
    qint64 id = p.id;
    auto done = TeamEditCommand::run(m_session, p.id ? tr("Edit %1").arg(p.name) : tr("Add %1").arg(p.name), [&]() -> Result<void> {
        if (p.id) {
            if (auto r = repo.update(p); !r)
                return r;
        } else {
            auto added = repo.add(p);
            if (!added)
                return added.error();
            id = *added;
        }
        for (qint64 removed : std::as_const(m_removedAbsences))
            if (auto r = repo.removeAbsence(removed); !r)
                return r;
        for (Absence a : std::as_const(m_absences))
            if (a.id == 0) {
                a.person = id;
                if (auto r = repo.addAbsence(a); !r)
                    return r.error();
            }
        return {};
    });
    if (!done) {
        m_ui->errorLabel->setText(done.error().message);
        m_ui->errorLabel->show();
        return false;
    }
    m_id = id;
    return true;
}

void PersonDialog::accept()
{
    if (save())
        QDialog::accept();
}

QString PersonDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

} // namespace csirtkit
