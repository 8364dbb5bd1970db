// What a signer's certificate says: the name, the personal code (kept apart so the page can hide it),
// the issuer, the validity period, and whether it claims to be qualified (ETSI EN 319 412-5 QcStatements).
// Reading a certificate is not validating it: nothing here checks the issuer's signature or revocation.
import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate, type Name } from '@peculiar/asn1-x509';
import { QCStatements, id_pe_qcStatements } from '@peculiar/asn1-x509-qualified';
import { ContentInfo, SignedData } from '@peculiar/asn1-cms';
import { TSTInfo } from '@peculiar/asn1-tsp';

export interface CertInfo {
  /** The holder's name, without the personal code. */
  name: string;
  /** The serialNumber attribute (e.g. PNOLV-123456-12345), shown only on request. */
  personalCode?: string;
  organization?: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
  /** QcCompliance: the certificate claims to be an EU qualified certificate. */
  qualified: boolean;
  /** QcSSCD: the claim that the key is on a qualified signature creation device. */
  qscd: boolean;
}

const OID = { cn: '2.5.4.3', surname: '2.5.4.4', serial: '2.5.4.5', o: '2.5.4.10', given: '2.5.4.42' };
const QC_COMPLIANCE = '0.4.0.1862.1.1';
const QC_SSCD = '0.4.0.1862.1.4';

const attr = (name: Name, oid: string) => {
  for (const rdn of name) for (const a of rdn) if (a.type === oid) return a.value.toString();
  return undefined;
};

export function readCertificate(der: Uint8Array): CertInfo {
  const cert = AsnConvert.parse(der, Certificate);
  const tbs = cert.tbsCertificate;
  const personalCode = attr(tbs.subject, OID.serial);
  const given = attr(tbs.subject, OID.given);
  const surname = attr(tbs.subject, OID.surname);
  let name = given && surname ? `${given} ${surname}` : attr(tbs.subject, OID.cn) ?? '';
  // Some common names carry the code too ("SURNAME,GIVEN,38001010000"): drop that part.
  if (!(given && surname)) {
    name = name.split(',').map((s) => s.trim()).filter((s) => !/\d{6}/.test(s) && (!personalCode || !s.includes(personalCode))).join(', ');
  }
  const issuerCn = attr(tbs.issuer, OID.cn);
  const issuerO = attr(tbs.issuer, OID.o);
  const statements: string[] = [];
  for (const ext of tbs.extensions ?? []) {
    if (ext.extnID !== id_pe_qcStatements) continue;
    try {
      for (const s of AsnConvert.parse(ext.extnValue.buffer, QCStatements)) statements.push(s.statementId);
    } catch { /* an unreadable extension claims nothing */ }
  }
  const time = (t: { getTime(): Date }) => t.getTime().toISOString();
  return {
    name,
    personalCode,
    organization: attr(tbs.subject, OID.o),
    issuer: [issuerCn, issuerO].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(', '),
    notBefore: time(tbs.validity.notBefore),
    notAfter: time(tbs.validity.notAfter),
    qualified: statements.includes(QC_COMPLIANCE),
    qscd: statements.includes(QC_SSCD),
  };
}

/** The time in an RFC 3161 time-stamp token (XAdES EncapsulatedTimeStamp), or null if it cannot be read. */
export function timeStampTime(der: Uint8Array): string | null {
  try {
    const info = AsnConvert.parse(der, ContentInfo);
    const signed = AsnConvert.parse(info.content, SignedData);
    const content = signed.encapContentInfo.eContent;
    const bytes = content?.single?.buffer ?? content?.any;
    if (!bytes) return null;
    return AsnConvert.parse(bytes, TSTInfo).genTime.toISOString();
  } catch {
    return null;
  }
}
