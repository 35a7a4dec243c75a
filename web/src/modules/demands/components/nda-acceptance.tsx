import { SafetyOutlined } from "@ant-design/icons";
import { Alert, Button, Checkbox, Select } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { errorCode, errorMessage } from "../../../graphql/errors";
import { LocalizedText } from "../../../shared/components/localized-text";
import { AcceptDemandNdaMutation } from "../graphql/demand-detail.graphql";

export interface EligibleOrg {
  id: string;
  nameZh?: string | null;
  nameEn?: string | null;
}

/**
 * The NDA step before the confidential details: the member agrees for one of their
 * organizations; the API records the acceptance and from then on returns the details.
 */
export function NdaAcceptance({
  demandId,
  orgs,
  onAccepted,
}: {
  demandId: string;
  orgs: readonly EligibleOrg[];
  onAccepted: () => void;
}) {
  const { t } = useTranslation();
  const [orgId, setOrgId] = useState(orgs[0]?.id ?? "");
  const [agreed, setAgreed] = useState(false);
  const [showMissing, setShowMissing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, accept] = useMutation(AcceptDemandNdaMutation);
  const orgSelectId = useId();
  const agreeErrorId = useId();
  const org = orgs.find((o) => o.id === orgId);

  async function submit() {
    if (!agreed) {
      setShowMissing(true);
      return;
    }
    setProblem(null);
    const result = await accept({ demandId, orgId });
    if (!result.error) {
      onAccepted();
      return;
    }
    const code = errorCode(result.error);
    const { network, message } = errorMessage(result.error);
    setProblem(
      network
        ? t("common.networkError")
        : code === "CONFLICT"
          ? t("demandDetail.ndaClosed")
          : code === "FORBIDDEN" || code === "BAD_USER_INPUT"
            ? t("demandDetail.ndaNotAllowed")
            : t("demandDetail.ndaFailed", { message }),
    );
  }

  return (
    <section className="nda" aria-labelledby="nda-title">
      <h3 id="nda-title" className="nda-title">
        <SafetyOutlined aria-hidden /> {t("demandDetail.ndaTitle")}
      </h3>
      <p className="nda-terms">{t("demandDetail.ndaTerms")}</p>
      {orgs.length > 1 ? (
        <div className="nda-org">
          <label htmlFor={orgSelectId}>{t("demandDetail.ndaOrg")}</label>
          <Select
            id={orgSelectId}
            value={orgId}
            onChange={setOrgId}
            options={orgs.map((o) => ({
              value: o.id,
              label: <LocalizedText zh={o.nameZh} en={o.nameEn} />,
            }))}
          />
        </div>
      ) : null}
      <Checkbox
        checked={agreed}
        onChange={(e) => {
          setAgreed(e.target.checked);
          setShowMissing(false);
        }}
        aria-invalid={showMissing}
        aria-describedby={showMissing ? agreeErrorId : undefined}
      >
        {t("demandDetail.ndaAgree")}{" "}
        <strong>
          <LocalizedText zh={org?.nameZh} en={org?.nameEn} />
        </strong>
      </Checkbox>
      {showMissing ? (
        <div id={agreeErrorId} className="field-error" role="alert">
          {t("demandDetail.ndaAgreeRequired")}
        </div>
      ) : null}
      {problem ? (
        <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />
      ) : null}
      <div>
        <Button type="primary" loading={fetching} onClick={submit}>
          {t("demandDetail.ndaAccept")}
        </Button>
      </div>
    </section>
  );
}
