#pragma once

#include <QMessageBox>

namespace csirtkit {

// All user-facing message boxes go through here. Tests switch on capture mode: nothing is shown,
// the text is recorded and the next answer is returned at once (as in KeePassXC's GUI tests).
class MessageBox
{
public:
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    static void setCaptureForTests(bool capture);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText();
    static int shownCount();
    static void clear();

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace csirtkit
