import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, CfnOutput, Duration, Fn, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  Function as EdgeFunction,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
  type IDistribution,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import { repoRoot } from '../../functions/scripts/esbuild-options.ts';
import { ADMIN_PATHS_FUNCTION } from './admin-paths.ts';

/** Where `npm run build:admin` writes the admin (Vite's `outDir`). */
export const ADMIN_DIST = join(repoRoot, 'admin', 'dist');

/**
 * `/config.json` beside the admin's `index.html`: everything that differs between stages, so one admin
 * build serves all of them. The admin fetches it at start-up; locally (no file) it uses the local issuer.
 */
export interface AdminRuntimeConfig {
  /** The GraphQL endpoint: `https://{distribution}.cloudfront.net/graphql`, the console's own origin (see {@link AdminStack}). */
  apiUrl: string;
  /** The region of the user pool (and of everything else). */
  region: string;
  userPoolId: string;
  /** The app client the admin signs in with (SRP, no secret); the API accepts only its ID tokens. */
  userPoolClientId: string;
  /** `dev`, `prod`, … (shown in the admin, so nobody mistakes one stage for another). */
  stage: string;
}

/**
 * The Content-Security-Policy of every admin response. The admin is a Vite build: its scripts are files
 * under our origin, never inline. react-admin's styling (MUI / emotion) injects `<style>` elements at
 * run time, hence `style-src 'unsafe-inline'` (styles only: scripts stay `'self'`). The browser talks
 * to one other origin: this region's Cognito endpoint (sign-in, aws-amplify/auth). The API is reached
 * through this distribution (`/graphql`, `/public/graphql`), so it is `'self'`.
 */
export function contentSecurityPolicy(region: string, urlSuffix: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' https://cognito-idp.${region}.${urlSuffix}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}

export interface AdminStackProps extends StackProps {
  stage: string;
  /** The HTTP API's id (the API stack's `api.apiId`): the origin of `/graphql` and `/public/graphql`. */
  apiId: string;
}

/** What the edge keeps of an anonymous public statistics answer (the function sends `public, max-age=300`). */
export const PUBLIC_STATS_CACHE = { defaultTtlSeconds: 300, maxTtlSeconds: 3600 } as const;

/**
 * Hosting for the admin: a private bucket that only this distribution may read (origin access control),
 * HTTPS only, security headers on every response, and the admin's bare paths mapped to its pages by
 * a CloudFront Function on the bucket's behaviour (admin-paths.ts), so a reload finds the console. Its files and `config.json` are published by
 * {@link AdminContentStack}.
 *
 * The API is behind the same distribution, so the console and the public statistics page call their
 * own origin (no CORS) and this stack depends on the API stack, not the reverse:
 * - `/graphql` → the HTTP API, never cached, every viewer header but Host forwarded (with caching off
 *   CloudFront forwards `Authorization` too: the API's JWT authorizer sees the console's token);
 * - `/public/graphql*` → the HTTP API's public route, GET/HEAD only, cached at the edge keyed on the
 *   query string alone (the query and its variables: one table, one entry), 5 minutes unless the
 *   function says otherwise (it says `no-store` for everything but an anonymous publicStatistics
 *   answer). `Authorization` is not in the key, so it never reaches the function from here: every
 *   request through the cache is anonymous. Viewer headers (`apollo-require-preflight`, Apollo's CSRF
 *   check) are forwarded but not keyed on.
 */
export class AdminStack extends Stack {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** `https://{id}.cloudfront.net`: the admin's origin, the only one the API's CORS allows. */
  readonly origin: string;
  /**
   * The CloudFormation export of the bucket's name, which {@link AdminContentStack} imports. Named by us
   * (stage-scoped, so stages coexist) rather than generated: cdk-nag findings on the publisher's policy
   * quote it, and their acknowledgments must name it.
   */
  readonly bucketNameExport: string;

  constructor(scope: Construct, id: string, props: AdminStackProps) {
    super(scope, id, props);
    const { stage, apiId } = props;

    // Access logs of the bucket and of the distribution (CloudFront's standard logs need ACLs on the
    // bucket they write to). They hold users' IP addresses: kept 90 days, then expired.
    const logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // The admin's files are build output, re-published on every deploy: the bucket goes with the stack.
    this.bucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'site-bucket/',
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });

    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: `Ruta ${stage}: admin security headers`,
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(this.region, this.urlSuffix), override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
    });

    // The API behind the same origin (see the class comment).
    const api = new HttpOrigin(`${apiId}.execute-api.${this.region}.${this.urlSuffix}`, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
    });
    const publicStats = new CachePolicy(this, 'PublicStatsCache', {
      comment: `Ruta ${stage}: public statistics, keyed on the query string only`,
      defaultTtl: Duration.seconds(PUBLIC_STATS_CACHE.defaultTtlSeconds),
      maxTtl: Duration.seconds(PUBLIC_STATS_CACHE.maxTtlSeconds),
      minTtl: Duration.seconds(0),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      headerBehavior: CacheHeaderBehavior.none(),
      cookieBehavior: CacheCookieBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const toApi = {
      origin: api,
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: headers,
      compress: true,
    };

    const paths = new EdgeFunction(this, 'AdminPaths', {
      comment: `Ruta ${stage}: admin paths to its pages`,
      code: FunctionCode.fromInline(ADMIN_PATHS_FUNCTION),
      runtime: FunctionRuntime.JS_2_0,
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Ruta ${stage}: admin`,
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        responseHeadersPolicy: headers,
        compress: true,
        functionAssociations: [{ function: paths, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/public/graphql*': { ...toApi, allowedMethods: AllowedMethods.ALLOW_GET_HEAD, cachePolicy: publicStats },
        '/graphql': { ...toApi, allowedMethods: AllowedMethods.ALLOW_ALL, cachePolicy: CachePolicy.CACHING_DISABLED },
      },
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
    });
    const acknowledge = (rule: string, reason: string) =>
      Validations.of(this.distribution).acknowledge({ id: `AwsSolutions::AwsSolutions-${rule}`, reason });
    acknowledge(
      'CFR1',
      'No geo restriction: partners, donors and staff sign in from several countries, and every ' +
        'request needs a Cognito account with MFA. A deployment may add one for its countries.',
    );
    acknowledge(
      'CFR2',
      'No WAF web ACL: the distribution serves static files and passes /graphql and /public/graphql to ' +
        'the HTTP API, which throttles every request (the public route far lower) and authorizes all but ' +
        'the public statistics. WAF is a per-deployment cost decision (docs/deploy.md).',
    );
    acknowledge(
      'CFR4',
      'The default *.cloudfront.net certificate cannot pin a TLS policy; with a custom domain and ' +
        'ACM certificate set minimumProtocolVersion TLSv1.2_2021 (docs/deploy.md). Viewers are redirected to HTTPS.',
    );

    this.origin = `https://${this.distribution.distributionDomainName}`;
    new CfnOutput(this, 'AdminUrl', { value: this.origin, description: 'The admin console' });
    this.bucketNameExport = `${this.stackName}-SiteBucketName`;
    new CfnOutput(this, 'AdminBucket', {
      value: this.bucket.bucketName,
      exportName: this.bucketNameExport,
      description: 'Where the admin files are published',
    });
  }
}

export interface AdminContentStackProps extends StackProps {
  stage: string;
  /** {@link AdminStack.bucketNameExport} */
  bucketNameExport: string;
  distribution: IDistribution;
  apiUrl: string;
  userPool: IUserPool;
  userPoolClient: IUserPoolClient;
  /** The built admin (`admin/dist`). @default ADMIN_DIST */
  adminDist?: string;
}

/**
 * Publishes the admin build and its `config.json` to the admin bucket, then invalidates the distribution.
 *
 * Its own stack, depending on both: the admin stack depends on the API stack (the distribution's
 * `/graphql` origin), and publishing files sits best after the distribution exists; deploy order:
 * data, api, admin, admin content (cdk works it out).
 *
 * The admin build is published only when `admin/dist` exists and the stack is being bundled (template
 * tests skip bundling; they still see `config.json`).
 */
export class AdminContentStack extends Stack {
  readonly config: AdminRuntimeConfig;

  constructor(scope: Construct, id: string, props: AdminContentStackProps) {
    super(scope, id, props);
    const { stage, bucketNameExport, distribution, apiUrl, userPool, userPoolClient, adminDist = ADMIN_DIST } = props;
    const bucket = Bucket.fromBucketName(this, 'Site', Fn.importValue(bucketNameExport));

    this.config = {
      apiUrl,
      region: this.region,
      userPoolId: userPool.userPoolId,
      userPoolClientId: userPoolClient.userPoolClientId,
      stage,
    };
    const sources = [Source.jsonData('config.json', this.config)];
    if (this.bundlingRequired) {
      if (existsSync(join(adminDist, 'index.html'))) sources.unshift(Source.asset(adminDist));
      else
        Annotations.of(this).addWarningV2(
          'ruta:admin-not-built',
          `${adminDist} has no index.html: run \`npm run build:admin\` before deploying; only config.json is published`,
        );
    }

    const deployment = new BucketDeployment(this, 'Publish', {
      sources,
      destinationBucket: bucket,
      prune: true, // files of an older build disappear
      distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });
    acknowledgeBucketDeployment(deployment, bucketNameExport);
  }
}

/**
 * cdk-nag findings on the Lambda function CDK's BucketDeployment brings (a singleton per stack: its code,
 * role and policy are CDK's, not ours). It runs only while `cdk deploy` publishes files.
 */
function acknowledgeBucketDeployment(deployment: BucketDeployment, bucketNameExport: string): void {
  const role = deployment.handlerRole;
  const why = "CDK's BucketDeployment custom resource, which runs only during `cdk deploy`,";
  const ack = (finding: string, reason: string) =>
    Validations.of(role).acknowledge({ id: `AwsSolutions::AwsSolutions-${finding}`, reason: `${why} ${reason}` });
  ack(
    'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    'writes its own logs through the AWS managed AWSLambdaBasicExecutionRole.',
  );
  const copy = 'copies every object of the CDK asset bucket to the admin bucket and prunes what the build no longer has';
  for (const action of ['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*']) {
    ack(`IAM5[Action::${action}]`, `${copy}: CDK grants it ${action} (read/write object families) on those two buckets only.`);
  }
  ack(
    'IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]',
    `${copy}: any key of the CDK bootstrap asset bucket, where the build is uploaded.`,
  );
  ack(`IAM5[Resource::arn:<AWS::Partition>:s3:::${bucketNameExport}/*]`, `${copy}: any key of the admin bucket.`);
  ack(
    'IAM5[Resource::*]',
    'invalidates the distribution after publishing: CloudFront invalidation actions take no resource narrower than *.',
  );
  Validations.of(role.node.scope!).acknowledge({
    // the function
    id: 'AwsSolutions::AwsSolutions-L1',
    reason: `${why} runs on the Python runtime CDK pins for it.`,
  });
}
