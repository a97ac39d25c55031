#include "Fixtures.h"
#include "MainWindowFixture.h"

#include "incidents/IncidentListModel.h"
#include "incidents/IncidentListPanel.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentsPage.h"
#include "incidents/PriorityMatrix.h"
#include "incidents/PriorityMatrixDialog.h"
#include "incidents/Taxonomy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>

using namespace csirtkit;

class TestPriorityMatrixDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::MainWindowFixture::initTestCase(); }
    void init();
    void cleanup() { f.cleanup(); }

    void showsTheWorkspaceMatrix();
    void changedCellReprioritisesIncidents();
    void undoRestoresMatrixAndPriorities();
    void unchangedMatrixAddsNoUndoStep();
    void restoreDefaultsResetsTheCells();
    void cancelWritesNothing();
    void readOnlyWorkspaceCannotChangeIt();

private:
    PriorityMatrixDialog *openDialog() const
    {
        f.window->findChild<IncidentListPanel *>()->findChild<QPushButton *>(QStringLiteral("priorityMatrixButton"))->click();
        // Closed dialogs linger until deferred deletion; take the one on screen.
        for (auto *dialog : f.window->findChildren<PriorityMatrixDialog *>(QStringLiteral("priorityMatrixDialog")))
            if (dialog->isVisible())
                return dialog;
        return nullptr;
    }
    static QComboBox *cell(PriorityMatrixDialog *dialog, const QString &impact, const QString &urgency)
    {
        return dialog->findChild<QComboBox *>(QStringLiteral("cell_%1_%2ComboBox").arg(impact, urgency));
    }
    static QPushButton *button(PriorityMatrixDialog *dialog, QDialogButtonBox::StandardButton which)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(which);
    }
    PriorityMatrix::Cells stored() const { return PriorityMatrix(f.workspace()).cells().value(); }
    QString priority(qint64 id) const { return IncidentRepository(f.workspace()).incident(id).value().priority; }
    qint64 create(const QString &title, const QString &impact, const QString &urgency) const
    {
        IncidentDraft draft;
        draft.title = title;
        draft.impact = impact;
        draft.urgency = urgency;
        const qint64 id = IncidentRepository(f.workspace()).create(draft, QStringLiteral("Aiko Tanaka")).value();
        f.window->session()->notifyChanged(QStringLiteral("incident"));
        return id;
    }
    QString listedPriority(qint64 id) const
    {
        IncidentListModel *model = f.window->findChild<IncidentListPanel *>()->model();
        return model->index(model->rowOf(id), int(IncidentListModel::Column::Priority)).data().toString();
    }

    fixtures::MainWindowFixture f;
    qint64 following = 0;
    qint64 overridden = 0;
    qint64 other = 0;
};

void TestPriorityMatrixDialog::init()
{
    f.init();
    QVERIFY(f.window->showPage(QStringLiteral("incidents")));
    following = create(QStringLiteral("Follows the matrix"), QStringLiteral("medium"), QStringLiteral("medium"));
    overridden = create(QStringLiteral("Overridden"), QStringLiteral("medium"), QStringLiteral("medium"));
    QVERIFY(IncidentRepository(f.workspace()).overridePriority(overridden, QStringLiteral("P1"), QStringLiteral("CEO's laptop")));
    other = create(QStringLiteral("Other cell"), QStringLiteral("low"), QStringLiteral("low"));
    f.window->session()->notifyChanged(QStringLiteral("incident"));
}

void TestPriorityMatrixDialog::showsTheWorkspaceMatrix()
{
    auto *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Priority Matrix"));
    const PriorityMatrix::Cells cells = stored();
    QCOMPARE(cells, PriorityMatrix::defaults());
    const QList<TaxonomyTerm> &levels = Taxonomy::instance().levels();
    QCOMPARE(levels.size(), 3);
    for (const TaxonomyTerm &impact : levels) {
        for (const TaxonomyTerm &urgency : levels) {
            QComboBox *combo = cell(dialog, impact.key, urgency.key);
            QVERIFY2(combo, qPrintable(impact.key + QLatin1Char('/') + urgency.key));
            QCOMPARE(combo, dialog->cell(impact.key, urgency.key));
            QCOMPARE(combo->count(), 4);
            QCOMPARE(combo->currentData().toString(), cells.value(PriorityMatrix::key(impact.key, urgency.key)));
        }
    }
    QCOMPARE(cell(dialog, QStringLiteral("high"), QStringLiteral("high"))->currentData().toString(), QStringLiteral("P1"));
    QCOMPARE(cell(dialog, QStringLiteral("high"), QStringLiteral("high"))->currentText(), QStringLiteral("P1 – Critical"));
    QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("restoreMatrixButton")));
    dialog->reject();
}

void TestPriorityMatrixDialog::changedCellReprioritisesIncidents()
{
    QCOMPARE(priority(following), QStringLiteral("P3"));
    QCOMPARE(listedPriority(following), QStringLiteral("P3"));
    auto *dialog = openDialog();
    QVERIFY(dialog);
    auto *combo = cell(dialog, QStringLiteral("medium"), QStringLiteral("medium"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("P2")));
    button(dialog, QDialogButtonBox::Ok)->click();
    QVERIFY2(MessageBox::shownCount() == 0, qPrintable(MessageBox::lastText()));
    QVERIFY(!dialog->isVisible());

    PriorityMatrix::Cells expected = PriorityMatrix::defaults();
    expected.insert(PriorityMatrix::key(QStringLiteral("medium"), QStringLiteral("medium")), QStringLiteral("P2"));
    QCOMPARE(stored(), expected);
    QCOMPARE(priority(following), QStringLiteral("P2"));
    QCOMPARE(priority(overridden), QStringLiteral("P1")); // an override with a reason stays
    QCOMPARE(priority(other), QStringLiteral("P4"));
    QCOMPARE(listedPriority(following), QStringLiteral("P2")); // the list follows at once
    QCOMPARE(f.undoStack()->count(), 1);
    QCOMPARE(f.undoStack()->undoText(), QStringLiteral("Change priority matrix"));

    // Reopened, the dialog shows the changed cell.
    dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(cell(dialog, QStringLiteral("medium"), QStringLiteral("medium"))->currentData().toString(), QStringLiteral("P2"));
    dialog->reject();
}

void TestPriorityMatrixDialog::undoRestoresMatrixAndPriorities()
{
    auto *dialog = openDialog();
    QVERIFY(dialog);
    for (const QString &urgency : { QStringLiteral("medium"), QStringLiteral("low") }) {
        auto *combo = cell(dialog, urgency == QLatin1String("low") ? QStringLiteral("low") : QStringLiteral("medium"), urgency);
        combo->setCurrentIndex(combo->findData(QStringLiteral("P1")));
    }
    button(dialog, QDialogButtonBox::Ok)->click();
    QCOMPARE(priority(following), QStringLiteral("P1"));
    QCOMPARE(priority(other), QStringLiteral("P1"));
    QCOMPARE(f.undoStack()->count(), 1); // both cells are one step

    QAction *undo = f.action(QStringLiteral("actionUndo"));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(stored(), PriorityMatrix::defaults());
    QCOMPARE(priority(following), QStringLiteral("P3"));
    QCOMPARE(priority(other), QStringLiteral("P4"));
    QCOMPARE(priority(overridden), QStringLiteral("P1"));
    QCOMPARE(listedPriority(following), QStringLiteral("P3"));
    f.action(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(priority(following), QStringLiteral("P1"));
    QCOMPARE(listedPriority(following), QStringLiteral("P1"));
    QVERIFY2(MessageBox::shownCount() == 0, qPrintable(MessageBox::lastText()));
}

void TestPriorityMatrixDialog::unchangedMatrixAddsNoUndoStep()
{
    auto *dialog = openDialog();
    QVERIFY(dialog);
    auto *combo = cell(dialog, QStringLiteral("high"), QStringLiteral("low"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("P1")));
    combo->setCurrentIndex(combo->findData(QStringLiteral("P3"))); // and back
    button(dialog, QDialogButtonBox::Ok)->click();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(f.undoStack()->count(), 0);
    QCOMPARE(stored(), PriorityMatrix::defaults());
}

void TestPriorityMatrixDialog::restoreDefaultsResetsTheCells()
{
    PriorityMatrix::Cells changed = PriorityMatrix::defaults();
    for (auto it = changed.begin(); it != changed.end(); ++it)
        it.value() = QStringLiteral("P4");
    QVERIFY(PriorityMatrix(f.workspace()).set(changed));
    f.window->session()->notifyChanged(QStringLiteral("priority_matrix"));
    QCOMPARE(priority(following), QStringLiteral("P4"));

    auto *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(cell(dialog, QStringLiteral("high"), QStringLiteral("high"))->currentData().toString(), QStringLiteral("P4"));
    dialog->findChild<QPushButton *>(QStringLiteral("restoreMatrixButton"))->click();
    const PriorityMatrix::Cells defaults = PriorityMatrix::defaults();
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('/'));
        QCOMPARE(dialog->cell(parts.at(0), parts.at(1))->currentData().toString(), it.value());
    }
    // Only the combos changed so far: OK writes them.
    QCOMPARE(stored(), changed);
    QVERIFY(dialog->isVisible());
    button(dialog, QDialogButtonBox::Ok)->click();
    QCOMPARE(stored(), defaults);
    QCOMPARE(priority(following), QStringLiteral("P3"));
    QCOMPARE(listedPriority(following), QStringLiteral("P3"));
    f.action(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(stored(), changed);
}

void TestPriorityMatrixDialog::cancelWritesNothing()
{
    auto *dialog = openDialog();
    QVERIFY(dialog);
    auto *combo = cell(dialog, QStringLiteral("low"), QStringLiteral("low"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("P1")));
    dialog->findChild<QPushButton *>(QStringLiteral("restoreMatrixButton"))->click();
    combo->setCurrentIndex(combo->findData(QStringLiteral("P1")));
    button(dialog, QDialogButtonBox::Cancel)->click();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(stored(), PriorityMatrix::defaults());
    QCOMPARE(priority(other), QStringLiteral("P4"));
    QCOMPARE(f.undoStack()->count(), 0);
}

void TestPriorityMatrixDialog::readOnlyWorkspaceCannotChangeIt()
{
    const QString path = fixtures::makeReadOnlyWorkspace(QDir(f.dir->path()));
    QVERIFY(f.window->openWorkspace(path));
    QVERIFY(f.window->session()->isReadOnly());
    QVERIFY(f.window->showPage(QStringLiteral("incidents")));
    auto *matrixButton = f.window->findChild<IncidentListPanel *>()->findChild<QPushButton *>(QStringLiteral("priorityMatrixButton"));
    QVERIFY(!matrixButton->isEnabled());
    // Shown anyway (e.g. from code), it can be read but not applied.
    PriorityMatrixDialog dialog(f.window->session(), f.window.get());
    QVERIFY(!button(&dialog, QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.cell(QStringLiteral("high"), QStringLiteral("high"))->currentData().toString(), QStringLiteral("P1"));
}

QTEST_MAIN(TestPriorityMatrixDialog)
#include "tst_prioritymatrixdialog.moc"
