#include "incidents/PriorityMatrixDialog.h"

#include "ui_PriorityMatrixDialog.h"

#include "common/FunctionCommand.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "incidents/PriorityMatrix.h"
#include "incidents/Taxonomy.h"
#include "workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QPushButton>
#include <QUndoStack>

namespace csirtkit {

PriorityMatrixDialog::PriorityMatrixDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PriorityMatrixDialog>()), m_session(session)
{
    const QString language = Language::current();
    const QList<TaxonomyTerm> &levels = Taxonomy::instance().levels();
    // The cells are made before the form so that they come before its buttons in the tab order.
    for (const TaxonomyTerm &impact : levels) {
        for (const TaxonomyTerm &urgency : levels) {
            auto *combo = new QComboBox(this);
            combo->setObjectName(QStringLiteral("cell_%1_%2ComboBox").arg(impact.key, urgency.key));
            for (const TaxonomyTerm &priority : Taxonomy::instance().priorities())
                combo->addItem(priority.title.in(language), priority.key); // the title names the key ("P1 – Critical")
            m_cells.insert(PriorityMatrix::key(impact.key, urgency.key), combo);
        }
    }
    m_ui->setupUi(this);
    QGridLayout *grid = m_ui->matrixGridLayout; // impact down, urgency across
    for (int i = 0; i < levels.size(); ++i) {
        grid->addWidget(new QLabel(levels.at(i).title.in(language), this), 0, i + 1, Qt::AlignCenter);
        grid->addWidget(new QLabel(levels.at(i).title.in(language), this), i + 1, 0);
        for (int j = 0; j < levels.size(); ++j)
            grid->addWidget(m_cells.value(PriorityMatrix::key(levels.at(i).key, levels.at(j).key)), i + 1, j + 1);
    }
    QPushButton *restore = m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults);
    restore->setObjectName(QStringLiteral("restoreMatrixButton"));
    connect(restore, &QPushButton::clicked, this, [this] { show(PriorityMatrix::defaults()); });
    auto cells = PriorityMatrix(session->workspace()).cells();
    show(cells ? *cells : PriorityMatrix::defaults());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!session->isReadOnly());
}

PriorityMatrixDialog::~PriorityMatrixDialog() = default;

QComboBox *PriorityMatrixDialog::cell(const QString &impact, const QString &urgency) const
{
    return m_cells.value(PriorityMatrix::key(impact, urgency));
}

void PriorityMatrixDialog::show(const QHash<QString, QString> &cells)
{
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it)
        it.value()->setCurrentIndex(qMax(0, it.value()->findData(cells.value(it.key()))));
}

void PriorityMatrixDialog::accept()
{
    auto before = PriorityMatrix(m_session->workspace()).cells();
    if (!before) {
        MessageBox::critical(this, windowTitle(), before.error().message);
        return;
    }
    PriorityMatrix::Cells after;
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it)
        after.insert(it.key(), it.value()->currentData().toString());
    if (after != *before) {
        WorkspaceSession *session = m_session;
        const PriorityMatrix::Cells old = *before;
        auto step = [session](const PriorityMatrix::Cells &cells) {
            return [session, cells]() -> Result<void> {
                auto changed = PriorityMatrix(session->workspace()).set(cells);
                if (!changed)
                    return changed.error();
                return {};
            };
        };
        session->undoStack()->push(new FunctionCommand(session, QStringLiteral("priority_matrix"), tr("Change priority matrix"),
                                                       step(after), step(old)));
    }
    QDialog::accept();
}

} // namespace csirtkit
