#include "team/StaffingTab.h"

#include "team/TeamCoverage.h"
#include "team/TeamEditCommand.h"
#include "team/TeamRepository.h"
#include "workspace/WorkspaceSession.h"

#include "ui_StaffingTab.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>

namespace csirtkit {

StaffingTab::StaffingTab(QWidget *parent) : TeamTab(parent), m_ui(std::make_unique<::Ui::StaffingTab>())
{
    m_ui->setupUi(this);
    m_ui->staffingErrorLabel->setStyleSheet(QStringLiteral("color: #d93025; font-weight: bold;"));
    m_ui->staffingErrorLabel->hide();
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_ui->resultLabel->setFont(big);
    m_ui->workingTableWidget->setColumnCount(2);
    m_ui->workingTableWidget->verticalHeader()->hide();
    m_ui->workingTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->workingTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->workingTableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (auto model : StaffingParameters::models())
        m_ui->serviceModelComboBox->addItem(StaffingParameters::modelTitle(model), int(model));
    connect(m_ui->serviceModelComboBox, &QComboBox::currentIndexChanged, this, &StaffingTab::recalculate);
    for (QSpinBox *spin : findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, &StaffingTab::recalculate);
    for (QDoubleSpinBox *spin : findChildren<QDoubleSpinBox *>())
        connect(spin, &QDoubleSpinBox::valueChanged, this, &StaffingTab::recalculate);
    connect(m_ui->savePushButton, &QPushButton::clicked, this, &StaffingTab::save);
    connect(m_ui->revertPushButton, &QPushButton::clicked, this, &StaffingTab::reload);
}

StaffingTab::~StaffingTab() = default;

QString StaffingTab::tabTitle() const
{
    return tr("Staffing");
}

void StaffingTab::reload()
{
    if (!m_session)
        return;
    auto state = TeamState::load(m_session->workspace());
    if (!state)
        return;
    m_fteAvailable = state->fteAvailable();
    setParameters(state->staffing);
    m_ui->savePushButton->setEnabled(!m_session->isReadOnly());
}

StaffingParameters StaffingTab::parameters() const
{
    StaffingParameters p;
    p.model = StaffingParameters::Model(m_ui->serviceModelComboBox->currentData().toInt());
    p.seats = m_ui->seatsSpinBox->value();
    p.hoursPerWeek = m_ui->hoursPerWeekDoubleSpinBox->value();
    p.leaveDays = m_ui->leaveDaysDoubleSpinBox->value();
    p.holidays = m_ui->holidaysDoubleSpinBox->value();
    p.trainingDays = m_ui->trainingDaysDoubleSpinBox->value();
    p.sickDays = m_ui->sickDaysDoubleSpinBox->value();
    p.businessHoursPerWeek = m_ui->businessHoursDoubleSpinBox->value();
    p.extendedHoursPerWeek = m_ui->extendedHoursDoubleSpinBox->value();
    p.rotaPeople = m_ui->rotaPeopleSpinBox->value();
    p.onCallAllowancePerWeek = m_ui->allowanceDoubleSpinBox->value();
    p.minRestHours = m_ui->minRestSpinBox->value();
    p.deputyShare = m_ui->deputyShareSpinBox->value();
    return p;
}

void StaffingTab::setParameters(const StaffingParameters &p)
{
    m_filling = true;
    m_ui->serviceModelComboBox->setCurrentIndex(std::max(0, m_ui->serviceModelComboBox->findData(int(p.model))));
    m_ui->seatsSpinBox->setValue(p.seats);
    m_ui->hoursPerWeekDoubleSpinBox->setValue(p.hoursPerWeek);
    m_ui->leaveDaysDoubleSpinBox->setValue(p.leaveDays);
    m_ui->holidaysDoubleSpinBox->setValue(p.holidays);
    m_ui->trainingDaysDoubleSpinBox->setValue(p.trainingDays);
    m_ui->sickDaysDoubleSpinBox->setValue(p.sickDays);
    m_ui->businessHoursDoubleSpinBox->setValue(p.businessHoursPerWeek);
    m_ui->extendedHoursDoubleSpinBox->setValue(p.extendedHoursPerWeek);
    m_ui->rotaPeopleSpinBox->setValue(p.rotaPeople);
    m_ui->allowanceDoubleSpinBox->setValue(p.onCallAllowancePerWeek);
    m_ui->minRestSpinBox->setValue(p.minRestHours);
    m_ui->deputyShareSpinBox->setValue(p.deputyShare);
    m_filling = false;
    recalculate();
}

void StaffingTab::showEvent(QShowEvent *event)
{
    TeamTab::showEvent(event);
    // The parameters keep the width their labels need in the language and style shown; the working gets the rest.
    m_ui->parametersScrollArea->setMinimumWidth(m_ui->parametersWidget->sizeHint().width()
                                                + style()->pixelMetric(QStyle::PM_ScrollBarExtent));
}

void StaffingTab::recalculate()
{
    if (m_filling)
        return;
    const StaffingParameters p = parameters();
    const bool onCall = p.model == StaffingParameters::Model::OnCall;
    for (QWidget *w : { static_cast<QWidget *>(m_ui->rotaPeopleSpinBox), static_cast<QWidget *>(m_ui->allowanceDoubleSpinBox),
                        static_cast<QWidget *>(m_ui->minRestSpinBox) })
        w->setEnabled(onCall);
    auto result = StaffingCalculator::calculate(p, m_fteAvailable);
    m_ui->staffingErrorLabel->setVisible(!result);
    QTableWidget *table = m_ui->workingTableWidget;
    if (!result) {
        m_ui->staffingErrorLabel->setText(result.error().message);
        m_ui->resultLabel->setText(tr("The parameters cannot give a result yet."));
        table->setRowCount(0);
        m_ui->savePushButton->setEnabled(false);
        return;
    }
    m_ui->savePushButton->setEnabled(m_session && !m_session->isReadOnly());
    const QLocale locale;
    m_ui->resultLabel->setText(result->shortfall > 0
                                   ? tr("Needed %1 FTE, available %2 FTE: short by %3 FTE.")
                                         .arg(locale.toString(StaffingCalculator::roundFte(result->fteNeeded), 'f', 1),
                                              locale.toString(StaffingCalculator::roundFte(m_fteAvailable), 'f', 1),
                                              locale.toString(result->shortfall, 'f', 1))
                                   : tr("Needed %1 FTE, available %2 FTE: the team has enough time.")
                                         .arg(locale.toString(StaffingCalculator::roundFte(result->fteNeeded), 'f', 1),
                                              locale.toString(StaffingCalculator::roundFte(m_fteAvailable), 'f', 1)));
    m_ui->resultLabel->setStyleSheet(result->shortfall > 0 ? QStringLiteral("color: #d93025;") : QString());
    table->setHorizontalHeaderLabels({ tr("Step"), tr("Working") });
    table->setRowCount(int(result->working.size()));
    for (int r = 0; r < result->working.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(result->working.at(r).label));
        table->setItem(r, 1, new QTableWidgetItem(result->working.at(r).value));
    }
}

bool StaffingTab::save()
{
    if (!m_session)
        return false;
    TeamRepository repo(m_session->workspace());
    const StaffingParameters p = parameters();
    auto done = TeamEditCommand::run(m_session, tr("Change staffing parameters"), [&] { return repo.setStaffing(p); });
    m_ui->staffingErrorLabel->setText(done ? QString() : done.error().message);
    m_ui->staffingErrorLabel->setVisible(!done);
    return done.ok();
}

QString StaffingTab::resultText() const
{
    return m_ui->resultLabel->text();
}

QStringList StaffingTab::workingTexts() const
{
    QStringList list;
    for (int r = 0; r < m_ui->workingTableWidget->rowCount(); ++r)
        list << m_ui->workingTableWidget->item(r, 0)->text() + QStringLiteral(": ") + m_ui->workingTableWidget->item(r, 1)->text();
    return list;
}

void StaffingTab::changeEvent(QEvent *event)
{
    TeamTab::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_filling = true;
        for (int i = 0; i < m_ui->serviceModelComboBox->count(); ++i)
            m_ui->serviceModelComboBox->setItemText(i, StaffingParameters::modelTitle(StaffingParameters::Model(m_ui->serviceModelComboBox->itemData(i).toInt())));
        m_filling = false;
        recalculate();
    }
}

} // namespace csirtkit
