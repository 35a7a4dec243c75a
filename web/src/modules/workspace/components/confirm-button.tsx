import { Button, type ButtonProps, Popconfirm } from "antd";
import { useTranslation } from "react-i18next";

/** A button that asks first when `confirm` is given (withdrawing, closing, cancelling). */
export function ConfirmButton({
  confirm,
  onConfirm,
  ...button
}: Omit<ButtonProps, "onClick"> & { confirm?: string; onConfirm: () => void }) {
  const { t } = useTranslation();
  if (!confirm) return <Button {...button} onClick={onConfirm} />;
  return (
    <Popconfirm
      title={confirm}
      okText={t("workspace.confirm.ok")}
      cancelText={t("workspace.confirm.cancel")}
      onConfirm={onConfirm}
    >
      <Button {...button} />
    </Popconfirm>
  );
}
