# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'seat_term.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QWidget)

from vgg_desktop.gui.editing.date_field import DateField

class Ui_SeatTermForm(object):
    def setupUi(self, SeatTermForm):
        if not SeatTermForm.objectName():
            SeatTermForm.setObjectName(u"SeatTermForm")
        SeatTermForm.resize(520, 400)
        self.form_layout = QFormLayout(SeatTermForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.seat_id_label = QLabel(SeatTermForm)
        self.seat_id_label.setObjectName(u"seat_id_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.seat_id_label)

        self.seat_id = QComboBox(SeatTermForm)
        self.seat_id.setObjectName(u"seat_id")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.seat_id)

        self.person_id_label = QLabel(SeatTermForm)
        self.person_id_label.setObjectName(u"person_id_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.person_id_label)

        self.person_id = QComboBox(SeatTermForm)
        self.person_id.setObjectName(u"person_id")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.person_id)

        self.new_person_box = QGroupBox(SeatTermForm)
        self.new_person_box.setObjectName(u"new_person_box")
        self.new_person_box.setCheckable(True)
        self.new_person_box.setChecked(False)
        self.new_person_layout = QFormLayout(self.new_person_box)
        self.new_person_layout.setObjectName(u"new_person_layout")
        self.new_person_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.new_person_salutation_label = QLabel(self.new_person_box)
        self.new_person_salutation_label.setObjectName(u"new_person_salutation_label")

        self.new_person_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.new_person_salutation_label)

        self.new_person_salutation = QComboBox(self.new_person_box)
        self.new_person_salutation.setObjectName(u"new_person_salutation")

        self.new_person_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.new_person_salutation)

        self.new_person_initials_label = QLabel(self.new_person_box)
        self.new_person_initials_label.setObjectName(u"new_person_initials_label")

        self.new_person_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_person_initials_label)

        self.new_person_initials = QLineEdit(self.new_person_box)
        self.new_person_initials.setObjectName(u"new_person_initials")

        self.new_person_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_person_initials)

        self.new_person_first_name_label = QLabel(self.new_person_box)
        self.new_person_first_name_label.setObjectName(u"new_person_first_name_label")

        self.new_person_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.new_person_first_name_label)

        self.new_person_first_name = QLineEdit(self.new_person_box)
        self.new_person_first_name.setObjectName(u"new_person_first_name")

        self.new_person_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new_person_first_name)

        self.new_person_last_name_label = QLabel(self.new_person_box)
        self.new_person_last_name_label.setObjectName(u"new_person_last_name_label")

        self.new_person_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.new_person_last_name_label)

        self.new_person_last_name = QLineEdit(self.new_person_box)
        self.new_person_last_name.setObjectName(u"new_person_last_name")

        self.new_person_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.new_person_last_name)

        self.new_person_municipality_id_label = QLabel(self.new_person_box)
        self.new_person_municipality_id_label.setObjectName(u"new_person_municipality_id_label")

        self.new_person_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.new_person_municipality_id_label)

        self.new_person_municipality_id = QComboBox(self.new_person_box)
        self.new_person_municipality_id.setObjectName(u"new_person_municipality_id")

        self.new_person_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.new_person_municipality_id)

        self.new_person_function_label = QLabel(self.new_person_box)
        self.new_person_function_label.setObjectName(u"new_person_function_label")

        self.new_person_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.new_person_function_label)

        self.new_person_function = QLineEdit(self.new_person_box)
        self.new_person_function.setObjectName(u"new_person_function")

        self.new_person_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.new_person_function)


        self.form_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.new_person_box)

        self.on_behalf_hint = QLabel(SeatTermForm)
        self.on_behalf_hint.setObjectName(u"on_behalf_hint")
        self.on_behalf_hint.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.on_behalf_hint)

        self.start_date_label = QLabel(SeatTermForm)
        self.start_date_label.setObjectName(u"start_date_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date = DateField(SeatTermForm)
        self.start_date.setObjectName(u"start_date")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_date_label = QLabel(SeatTermForm)
        self.end_date_label.setObjectName(u"end_date_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.end_date_label)

        self.end_date = DateField(SeatTermForm)
        self.end_date.setObjectName(u"end_date")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.as_written_label = QLabel(SeatTermForm)
        self.as_written_label.setObjectName(u"as_written_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.as_written_label)

        self.as_written = QLineEdit(SeatTermForm)
        self.as_written.setObjectName(u"as_written")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.as_written)

#if QT_CONFIG(shortcut)
        self.seat_id_label.setBuddy(self.seat_id)
        self.person_id_label.setBuddy(self.person_id)
        self.new_person_salutation_label.setBuddy(self.new_person_salutation)
        self.new_person_initials_label.setBuddy(self.new_person_initials)
        self.new_person_first_name_label.setBuddy(self.new_person_first_name)
        self.new_person_last_name_label.setBuddy(self.new_person_last_name)
        self.new_person_municipality_id_label.setBuddy(self.new_person_municipality_id)
        self.new_person_function_label.setBuddy(self.new_person_function)
        self.start_date_label.setBuddy(self.start_date)
        self.end_date_label.setBuddy(self.end_date)
        self.as_written_label.setBuddy(self.as_written)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.seat_id, self.person_id)
        QWidget.setTabOrder(self.person_id, self.new_person_box)
        QWidget.setTabOrder(self.new_person_box, self.new_person_salutation)
        QWidget.setTabOrder(self.new_person_salutation, self.new_person_initials)
        QWidget.setTabOrder(self.new_person_initials, self.new_person_first_name)
        QWidget.setTabOrder(self.new_person_first_name, self.new_person_last_name)
        QWidget.setTabOrder(self.new_person_last_name, self.new_person_municipality_id)
        QWidget.setTabOrder(self.new_person_municipality_id, self.new_person_function)
        QWidget.setTabOrder(self.new_person_function, self.start_date)
        QWidget.setTabOrder(self.start_date, self.end_date)
        QWidget.setTabOrder(self.end_date, self.as_written)

        self.retranslateUi(SeatTermForm)

        QMetaObject.connectSlotsByName(SeatTermForm)
    # setupUi

    def retranslateUi(self, SeatTermForm):
        self.seat_id_label.setText(QCoreApplication.translate("SeatTermForm", u"Seat: *", None))
        self.person_id_label.setText(QCoreApplication.translate("SeatTermForm", u"Board member: *", None))
        self.new_person_box.setTitle(QCoreApplication.translate("SeatTermForm", u"New person, not yet in the list", None))
#if QT_CONFIG(tooltip)
        self.new_person_box.setToolTip(QCoreApplication.translate("SeatTermForm", u"Tick to enter the board member here; the person and the term are saved together", None))
#endif // QT_CONFIG(tooltip)
        self.new_person_salutation_label.setText(QCoreApplication.translate("SeatTermForm", u"Salutation:", None))
        self.new_person_initials_label.setText(QCoreApplication.translate("SeatTermForm", u"Initials:", None))
#if QT_CONFIG(tooltip)
        self.new_person_initials.setToolTip(QCoreApplication.translate("SeatTermForm", u"For example A.B.", None))
#endif // QT_CONFIG(tooltip)
        self.new_person_first_name_label.setText(QCoreApplication.translate("SeatTermForm", u"First name:", None))
        self.new_person_last_name_label.setText(QCoreApplication.translate("SeatTermForm", u"Last name: *", None))
#if QT_CONFIG(tooltip)
        self.new_person_last_name.setToolTip(QCoreApplication.translate("SeatTermForm", u"With prefixes such as 'van der'", None))
#endif // QT_CONFIG(tooltip)
        self.new_person_municipality_id_label.setText(QCoreApplication.translate("SeatTermForm", u"Municipality:", None))
#if QT_CONFIG(tooltip)
        self.new_person_municipality_id.setToolTip(QCoreApplication.translate("SeatTermForm", u"The municipality this person comes from; a municipal seat without one takes it over", None))
#endif // QT_CONFIG(tooltip)
        self.new_person_function_label.setText(QCoreApplication.translate("SeatTermForm", u"Function:", None))
#if QT_CONFIG(tooltip)
        self.new_person_function.setToolTip(QCoreApplication.translate("SeatTermForm", u"For example wethouder or burgemeester", None))
#endif // QT_CONFIG(tooltip)
        self.start_date_label.setText(QCoreApplication.translate("SeatTermForm", u"From:", None))
#if QT_CONFIG(tooltip)
        self.start_date.setToolTip(QCoreApplication.translate("SeatTermForm", u"Leave empty when the start is not known", None))
#endif // QT_CONFIG(tooltip)
        self.end_date_label.setText(QCoreApplication.translate("SeatTermForm", u"Until (inclusive):", None))
#if QT_CONFIG(tooltip)
        self.end_date.setToolTip(QCoreApplication.translate("SeatTermForm", u"Leave empty while the term goes on or when the end is not known", None))
#endif // QT_CONFIG(tooltip)
        self.as_written_label.setText(QCoreApplication.translate("SeatTermForm", u"As written:", None))
#if QT_CONFIG(tooltip)
        self.as_written.setToolTip(QCoreApplication.translate("SeatTermForm", u"The wording of the source (the year plan), kept as it was written", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

